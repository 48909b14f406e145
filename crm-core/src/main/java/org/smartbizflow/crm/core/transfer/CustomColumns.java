package org.smartbizflow.crm.core.transfer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Violation;

/**
 * The custom field columns of one CSV import, named {@code custom.<key>} or
 * {@code custom.<key>:<type>}: which column feeds which key with which value type, and the
 * values of a row. The lead and the account import read them the same way.
 */
public final class CustomColumns {

    /** One column's key and value type. */
    public record Column(String key, CustomValue.Type type) {
    }

    private final String prefix;
    private final Map<String, CustomValue.Type> declared;
    private final Map<Integer, Column> byIndex = new LinkedHashMap<>();
    private final Map<String, Column> byHeader = new LinkedHashMap<>();

    /**
     * @param prefix   the header prefix of custom columns, in lower case
     * @param declared value types declared in the options, by key; a column without its own type
     *                 reads the declared one, else text
     */
    public CustomColumns(String prefix, Map<String, CustomValue.Type> declared) {
        this.prefix = prefix;
        this.declared = declared;
    }

    /**
     * The header mapping's claim on a column: TAKEN for the first column of a custom key,
     * IGNORED for a later column of the same key, NONE for any other header.
     *
     * @throws ValidationException when a custom header names no valid key, an unknown type, or
     *         a type the options declare otherwise
     */
    public HeaderMapping.Claim claim(int index, String header) {
        if (!header.toLowerCase(Locale.ROOT).startsWith(prefix)) {
            return HeaderMapping.Claim.NONE;
        }
        Column column = parse(header);
        if (byIndex.containsValue(column)) {
            return HeaderMapping.Claim.IGNORED;
        }
        byIndex.put(index, column);
        byHeader.put(header, column);
        return HeaderMapping.Claim.TAKEN;
    }

    private Column parse(String header) {
        String spec = header.substring(prefix.length());
        int colon = spec.indexOf(':');
        String key = (colon < 0 ? spec : spec.substring(0, colon)).strip();
        try {
            CustomFields.checkKey(key);
        } catch (ValidationException e) {
            throw new ValidationException("columns", "column '" + header + "' does not name a custom field key: "
                    + e.getMessage());
        }
        if (colon < 0) {
            return new Column(key, declared.getOrDefault(key, CustomValue.Type.TEXT));
        }
        String typeName = spec.substring(colon + 1).strip().toUpperCase(Locale.ROOT);
        CustomValue.Type type;
        try {
            type = CustomValue.Type.valueOf(typeName);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("columns", "column '" + header + "' declares an unknown type (one of "
                    + Arrays.toString(CustomValue.Type.values()) + ")");
        }
        CustomValue.Type wanted = declared.get(key);
        if (wanted != null && wanted != type) {
            throw new ValidationException("columns", "column '" + header + "' says " + type
                    + " but the options declare " + wanted);
        }
        return new Column(key, type);
    }

    /** The columns taken, by header, in column order. */
    public Map<String, Column> byHeader() {
        return byHeader;
    }

    /**
     * The row's custom values by key (sorted by key); a cell that does not parse as its column's
     * type is reported under {@code custom.<key>} and left out.
     */
    public Map<String, CustomValue> values(List<String> record, List<Violation> problems) {
        Map<String, CustomValue> values = new java.util.TreeMap<>();
        byIndex.forEach((index, column) -> {
            if (index < record.size() && !record.get(index).isBlank()) {
                String text = SpreadsheetSafety.restore(record.get(index).strip());
                CustomValue value = CellConversion.convert(problems, text,
                        t -> CustomValue.parse(column.type(), t, "custom." + column.key()));
                if (value != null) {
                    values.put(column.key(), value);
                }
            }
        });
        return values;
    }
}
