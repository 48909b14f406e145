package org.smartbizflow.crm.forecast;

import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * The difference between two forecast snapshots of the same period and scope: every deal
 * change and how the headline figures moved.
 *
 * @param earlier        the earlier snapshot
 * @param later          the later snapshot
 * @param changes        deal-level changes, in deal id order
 * @param countsByKind   number of changes per kind
 * @param weightedChange later weighted minus earlier weighted
 * @param commitChange   later commit minus earlier commit
 */
public record SnapshotComparison(ForecastSnapshot earlier, ForecastSnapshot later, List<DealChange> changes,
                                 Map<DealChange.Kind, Integer> countsByKind, Money weightedChange, Money commitChange) {

    public SnapshotComparison {
        Preconditions.notNull(earlier, "earlier");
        Preconditions.notNull(later, "later");
        changes = List.copyOf(Preconditions.notNull(changes, "changes"));
        countsByKind = Map.copyOf(Preconditions.notNull(countsByKind, "countsByKind"));
        Preconditions.notNull(weightedChange, "weightedChange");
        Preconditions.notNull(commitChange, "commitChange");
    }

    public int count(DealChange.Kind kind) {
        return countsByKind.getOrDefault(kind, 0);
    }
}
