package org.smartbizflow.crm.shared;

import java.util.Optional;

/**
 * Which page to read: at most {@code size} rows after the cursor (or from the start).
 *
 * @param size  rows per page, 1 to {@value #MAX_SIZE}
 * @param after the cursor of the previous page, or null for the first page
 */
public record PageRequest(int size, Cursor after) {

    public static final int MAX_SIZE = 1000;
    public static final int DEFAULT_SIZE = 50;

    public PageRequest {
        Preconditions.check(size >= 1 && size <= MAX_SIZE, "page.size", "must be between 1 and " + MAX_SIZE);
    }

    public static PageRequest first(int size) {
        return new PageRequest(size, null);
    }

    public static PageRequest firstPage() {
        return first(DEFAULT_SIZE);
    }

    public PageRequest next(Cursor cursor) {
        return new PageRequest(size, Preconditions.notNull(cursor, "cursor"));
    }

    public Optional<Cursor> cursor() {
        return Optional.ofNullable(after);
    }
}
