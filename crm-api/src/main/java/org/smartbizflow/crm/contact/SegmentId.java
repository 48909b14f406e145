package org.smartbizflow.crm.contact;

import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Identity of a saved dynamic segment of contacts.
 *
 * @param value the UUID
 */
public record SegmentId(UUID value) {

    public SegmentId {
        Preconditions.notNull(value, "segmentId");
    }

    public static SegmentId of(UUID value) {
        return new SegmentId(value);
    }

    public static SegmentId parse(String text) {
        try {
            return new SegmentId(UUID.fromString(Preconditions.notBlank(text, "segmentId")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("segmentId", "is not a UUID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
