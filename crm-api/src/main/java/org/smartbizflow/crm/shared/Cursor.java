package org.smartbizflow.crm.shared;

/**
 * An opaque position in a keyset-paged result: the sort key of the last row of a page.
 * Hosts pass it back unchanged to get the next page; unlike an offset it neither skips nor
 * repeats rows when others are inserted meanwhile.
 *
 * @param token the encoded position
 */
public record Cursor(String token) {

    public Cursor {
        token = Preconditions.notBlank(token, "cursor");
        Preconditions.maxLength(token, 512, "cursor");
    }

    public static Cursor of(String token) {
        return new Cursor(token);
    }

    @Override
    public String toString() {
        return token;
    }
}
