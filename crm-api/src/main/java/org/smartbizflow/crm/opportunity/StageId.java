package org.smartbizflow.crm.opportunity;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of a stage; stable when the stage is renamed or reordered, so deals never lose it.
 *
 * @param value the UUID
 */
public record StageId(UUID value) {

    public StageId {
        Preconditions.notNull(value, "stageId");
    }

    public static StageId of(UUID value) {
        return new StageId(value);
    }

    public static StageId parse(String text) {
        try {
            return new StageId(UUID.fromString(Preconditions.notBlank(text, "stageId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("stageId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
