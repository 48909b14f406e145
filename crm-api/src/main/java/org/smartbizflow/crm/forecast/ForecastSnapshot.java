package org.smartbizflow.crm.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * A forecast frozen as of a date, with the deals behind it, so that later snapshots can be
 * compared with it (what moved) and, once the period is over, its accuracy measured.
 *
 * @param id       the snapshot's id
 * @param tenantId the tenant
 * @param asOf     the day the forecast was taken
 * @param period   the forecast period
 * @param scope    the scope
 * @param scopeKey the scope key
 * @param closed   closed as of {@code asOf}
 * @param commit   commit roll-up
 * @param bestCase best case roll-up
 * @param weighted weighted forecast
 * @param p10      P10 of the total
 * @param p50      P50 of the total
 * @param p90      P90 of the total
 * @param deals    the deals as they stood
 */
public record ForecastSnapshot(UUID id, TenantId tenantId, LocalDate asOf, DateRange period, ForecastScope scope,
                               String scopeKey, Money closed, Money commit, Money bestCase, Money weighted,
                               Money p10, Money p50, Money p90, List<ForecastDeal> deals) {

    public ForecastSnapshot {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(asOf, "asOf");
        Preconditions.notNull(period, "period");
        Preconditions.notNull(scope, "scope");
        scopeKey = Preconditions.notBlank(scopeKey, "scopeKey");
        Preconditions.notNull(closed, "closed");
        Preconditions.notNull(commit, "commit");
        Preconditions.notNull(bestCase, "bestCase");
        Preconditions.notNull(weighted, "weighted");
        Preconditions.notNull(p10, "p10");
        Preconditions.notNull(p50, "p50");
        Preconditions.notNull(p90, "p90");
        Preconditions.notNull(deals, "deals");
        deals = List.copyOf(deals);
    }
}
