package org.smartbizflow.crm.sales.quote;

import java.time.Instant;
import java.util.Set;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.UserId;

/**
 * Which quotes a search or report covers; an empty set means any.
 *
 * @param statuses    the statuses of the current revision
 * @param datedFrom   the earliest {@link QuoteView#datedAt()}, inclusive, or null
 * @param datedBefore the {@link QuoteView#datedAt()} the quotes are dated before, or null
 * @param owners      the quotes' owners
 */
public record QuoteFilter(Set<QuoteStatus> statuses, Instant datedFrom, Instant datedBefore, Set<UserId> owners) {

    public QuoteFilter {
        statuses = Set.copyOf(Preconditions.notNull(statuses, "statuses"));
        owners = Set.copyOf(Preconditions.notNull(owners, "owners"));
        Preconditions.check(datedFrom == null || datedBefore == null || datedFrom.isBefore(datedBefore),
                "datedBefore", "must be after datedFrom");
    }

    public static QuoteFilter any() {
        return new QuoteFilter(Set.of(), null, null, Set.of());
    }

    public QuoteFilter withStatuses(Set<QuoteStatus> values) {
        return new QuoteFilter(values, datedFrom, datedBefore, owners);
    }

    public QuoteFilter datedBetween(Instant from, Instant before) {
        return new QuoteFilter(statuses, from, before, owners);
    }

    public QuoteFilter withOwners(Set<UserId> values) {
        return new QuoteFilter(statuses, datedFrom, datedBefore, values);
    }

    public boolean matches(QuoteView quote) {
        Instant dated = quote.datedAt();
        return (statuses.isEmpty() || statuses.contains(quote.status()))
                && (owners.isEmpty() || owners.contains(quote.ownerId()))
                && (datedFrom == null || !dated.isBefore(datedFrom))
                && (datedBefore == null || dated.isBefore(datedBefore));
    }
}
