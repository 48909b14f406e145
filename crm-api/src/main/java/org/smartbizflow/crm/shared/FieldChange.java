package org.smartbizflow.crm.shared;

import java.util.Objects;

/**
 * One field that an operation changed, with its values before and after in text form (null
 * for "not set"); what the audit log records.
 *
 * @param field    the field name
 * @param oldValue value before
 * @param newValue value after
 */
public record FieldChange(String field, String oldValue, String newValue) {

    public FieldChange {
        Preconditions.notBlank(field, "field");
    }

    /** The change of a field from one value to another, or null when both are equal. */
    public static FieldChange between(String field, Object oldValue, Object newValue) {
        if (Objects.equals(oldValue, newValue)) {
            return null;
        }
        return new FieldChange(field, oldValue == null ? null : oldValue.toString(),
                newValue == null ? null : newValue.toString());
    }
}
