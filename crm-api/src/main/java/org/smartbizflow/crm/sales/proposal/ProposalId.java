package org.smartbizflow.crm.sales.proposal;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of a proposal document.
 *
 * @param value the UUID
 */
public record ProposalId(UUID value) {

    public ProposalId {
        Preconditions.notNull(value, "proposalId");
    }

    public static ProposalId of(UUID value) {
        return new ProposalId(value);
    }

    public static ProposalId parse(String text) {
        try {
            return new ProposalId(UUID.fromString(Preconditions.notBlank(text, "proposalId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("proposalId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
