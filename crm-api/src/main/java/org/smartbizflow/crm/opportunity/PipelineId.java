package org.smartbizflow.crm.opportunity;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of a pipeline (new business, renewals, ...).
 *
 * @param value the UUID
 */
public record PipelineId(UUID value) {

    public PipelineId {
        Preconditions.notNull(value, "pipelineId");
    }

    public static PipelineId of(UUID value) {
        return new PipelineId(value);
    }

    public static PipelineId parse(String text) {
        try {
            return new PipelineId(UUID.fromString(Preconditions.notBlank(text, "pipelineId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("pipelineId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
