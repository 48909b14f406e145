package org.smartbizflow.crm.shared;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A record's custom fields: typed values under keys the host chooses. Keys are lower-case
 * identifiers ({@code [a-z][a-z0-9_]*}, at most 64 characters) so they are safe as CSV headers
 * and filter names; at most {@value #MAX_FIELDS} fields per record. Immutable; iteration is in
 * key order.
 *
 * @param values the values by key
 */
public record CustomFields(Map<String, CustomValue> values) {

    /** The most custom fields one record may carry. */
    public static final int MAX_FIELDS = 100;

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final CustomFields NONE = new CustomFields(Map.of());

    public CustomFields {
        Preconditions.notNull(values, "customFields");
        Preconditions.check(values.size() <= MAX_FIELDS, "customFields",
                "has " + values.size() + " fields, at most " + MAX_FIELDS + " are allowed");
        TreeMap<String, CustomValue> copy = new TreeMap<>();
        values.forEach((key, value) -> {
            checkKey(key);
            copy.put(key, Preconditions.notNull(value, "customFields." + key));
        });
        values = Collections.unmodifiableMap(copy);
    }

    public static CustomFields none() {
        return NONE;
    }

    public static CustomFields of(Map<String, CustomValue> values) {
        return values.isEmpty() ? NONE : new CustomFields(values);
    }

    /** Checks a key's form; throws {@link ValidationException} naming the key otherwise. */
    public static String checkKey(String key) {
        Preconditions.notNull(key, "customFields");
        Preconditions.check(KEY.matcher(key).matches(), "customFields." + key,
                "key must be a lower-case identifier ([a-z][a-z0-9_]*, at most 64 characters)");
        return key;
    }

    public Optional<CustomValue> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** A copy with the key set to the value (replacing an earlier value of any type). */
    public CustomFields with(String key, CustomValue value) {
        TreeMap<String, CustomValue> copy = new TreeMap<>(values);
        copy.put(checkKey(key), Preconditions.notNull(value, "customFields." + key));
        return new CustomFields(copy);
    }

    /** A copy without the key; the same instance when the key is absent. */
    public CustomFields without(String key) {
        if (!values.containsKey(key)) {
            return this;
        }
        TreeMap<String, CustomValue> copy = new TreeMap<>(values);
        copy.remove(key);
        return of(copy);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
