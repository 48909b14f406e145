package org.smartbizflow.crm.lead;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which lead wins each field of a merge. A field without a choice keeps the survivor's value,
 * or takes the other lead's when the survivor has none.
 *
 * @param winners the side that wins, per field
 */
public record MergeChoices(Map<Field, Side> winners) {

    /** The fields a merge decides. */
    public enum Field { NAME, COMPANY, EMAIL, PHONE, OWNER }

    /** Which lead a field's value comes from. */
    public enum Side { SURVIVOR, MERGED }

    public MergeChoices {
        winners = winners.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(winners));
    }

    /** Survivor's values, blanks filled from the merged lead. */
    public static MergeChoices fillBlanks() {
        return new MergeChoices(Map.of());
    }

    public MergeChoices take(Field field, Side side) {
        EnumMap<Field, Side> copy = new EnumMap<>(Field.class);
        copy.putAll(winners);
        copy.put(field, side);
        return new MergeChoices(copy);
    }

    <T> T pick(Field field, T survivorValue, T mergedValue) {
        Side side = winners.get(field);
        if (side == Side.MERGED) {
            return field == Field.NAME || field == Field.OWNER ? (mergedValue != null ? mergedValue : survivorValue)
                    : mergedValue;
        }
        if (side == Side.SURVIVOR) {
            return survivorValue;
        }
        return survivorValue != null ? survivorValue : mergedValue;
    }
}
