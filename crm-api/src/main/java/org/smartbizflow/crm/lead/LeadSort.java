package org.smartbizflow.crm.lead;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import org.smartbizflow.crm.shared.Cursor;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * The order of a lead search. Rows with equal sort values are ordered by id, and leads without
 * a company or score come last in either direction, so that the order is total and a keyset
 * cursor (sort value plus id) neither skips nor repeats rows when leads are inserted between
 * pages. Names and companies sort by their lower-cased text in code point order, the same on
 * every database.
 *
 * @param key       what to sort by
 * @param ascending true for ascending, false for descending
 */
public record LeadSort(Key key, boolean ascending) {

    /** What a search can sort by. */
    public enum Key { ID, CREATED, UPDATED, NAME, COMPANY, SCORE }

    private static final LeadSort BY_ID = new LeadSort(Key.ID, true);

    public LeadSort {
        Preconditions.notNull(key, "sort");
    }

    /** Ascending id: creation order for time-ordered ids, and the cheapest order to page. */
    public static LeadSort byId() {
        return BY_ID;
    }

    public static LeadSort ascending(Key key) {
        return new LeadSort(key, true);
    }

    public static LeadSort descending(Key key) {
        return new LeadSort(key, false);
    }

    /**
     * The lead's value for this sort: an {@link Instant}, the lower-cased name or company, the
     * score as an {@link Integer}, or null (no company, no score, or sorting by id).
     */
    public Comparable<?> valueOf(LeadView lead) {
        switch (key) {
            case CREATED:
                return lead.createdAt();
            case UPDATED:
                return lead.updatedAt();
            case NAME:
                return sortText(lead.name());
            case COMPANY:
                return sortText(lead.company());
            case SCORE:
                return lead.score();
            default:
                return null;
        }
    }

    /** The text key names and companies sort by: lower-cased, compared by code point. */
    public static String sortText(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    /** The order itself, as the in-memory store applies it and the databases must agree with. */
    public Comparator<LeadView> comparator() {
        Comparator<LeadView> byId = Comparator.comparing(lead -> lead.id().value(), LeadSort::compareIds);
        if (key == Key.ID) {
            return ascending ? byId : byId.reversed();
        }
        return (a, b) -> {
            int byValue = compareValues(valueOf(a), valueOf(b));
            if (byValue != 0) {
                return byValue;
            }
            int ids = compareIds(a.id().value(), b.id().value());
            return ascending ? ids : -ids;
        };
    }

    /** Compares sort values in this sort's direction, nulls last either way. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int compareValues(Comparable<?> a, Comparable<?> b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int c = ((Comparable) a).compareTo(b);
        return ascending ? c : -c;
    }

    /** UUIDs in unsigned byte order: what the databases' uuid columns sort by. */
    public static int compareIds(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** The cursor after this lead: its sort value and id. */
    public Cursor cursorAfter(LeadView lead) {
        if (key == Key.ID) {
            return Cursor.of(lead.id().value().toString());
        }
        Comparable<?> value = valueOf(lead);
        String text = value == null ? "-" : "=" + value;
        return Cursor.of(key.name() + (ascending ? "+" : "~") + lead.id().value() + text);
    }

    /**
     * Reads a cursor this sort made.
     *
     * @throws ValidationException when the cursor belongs to another sort or is not a cursor
     */
    public Position position(Cursor cursor) {
        String token = cursor.token();
        try {
            if (key == Key.ID) {
                UUID id = UUID.fromString(token);
                if (id.toString().equals(token)) {
                    return new Position(null, id);
                }
            } else {
                String prefix = key.name() + (ascending ? "+" : "~");
                if (token.startsWith(prefix) && token.length() >= prefix.length() + 37) {
                    String idText = token.substring(prefix.length(), prefix.length() + 36);
                    UUID id = UUID.fromString(idText);
                    String rest = token.substring(prefix.length() + 36);
                    if (id.toString().equals(idText) && (rest.equals("-") || rest.startsWith("="))) {
                        return new Position(rest.equals("-") ? null : parse(rest.substring(1)), id);
                    }
                }
            }
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            // refused below
        }
        throw new ValidationException("cursor", "is not a cursor of a lead search sorted by " + this + ": " + token);
    }

    private Comparable<?> parse(String text) {
        switch (key) {
            case CREATED:
            case UPDATED:
                return Instant.parse(text);
            case SCORE:
                return Integer.valueOf(text);
            default:
                return text;
        }
    }

    @Override
    public String toString() {
        return key.name().toLowerCase(Locale.ROOT) + (ascending ? " ascending" : " descending");
    }

    /**
     * Where a page ends: the last row's sort value (null when it has none) and id.
     *
     * @param value the sort value
     * @param id    the lead id
     */
    public record Position(Comparable<?> value, UUID id) {
    }
}
