package org.smartbizflow.crm.sales.contract;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of a contract.
 *
 * @param value the UUID
 */
public record ContractId(UUID value) {

    public ContractId {
        Preconditions.notNull(value, "contractId");
    }

    public static ContractId of(UUID value) {
        return new ContractId(value);
    }

    public static ContractId parse(String text) {
        try {
            return new ContractId(UUID.fromString(Preconditions.notBlank(text, "contractId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("contractId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
