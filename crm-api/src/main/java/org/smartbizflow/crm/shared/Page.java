package org.smartbizflow.crm.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a keyset-paged result.
 *
 * @param items the rows of this page, in the result's order
 * @param next  the cursor for the following page, or null when this page is the last
 * @param <T>   row type
 */
public record Page<T>(List<T> items, Cursor next) {

    public Page {
        items = List.copyOf(Preconditions.notNull(items, "items"));
    }

    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, null);
    }

    public Optional<Cursor> nextCursor() {
        return Optional.ofNullable(next);
    }

    public boolean hasNext() {
        return next != null;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), next);
    }
}
