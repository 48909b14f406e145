package org.smartbizflow.crm.lead;

import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A custom field key in use, with the type of its values; a key used with two types appears
 * twice.
 *
 * @param key  the key
 * @param type the value type
 */
public record CustomFieldKey(String key, CustomValue.Type type) implements Comparable<CustomFieldKey> {

    public CustomFieldKey {
        CustomFields.checkKey(key);
        Preconditions.notNull(type, "type");
    }

    @Override
    public int compareTo(CustomFieldKey other) {
        int byKey = key.compareTo(other.key);
        return byKey != 0 ? byKey : type.compareTo(other.type);
    }
}
