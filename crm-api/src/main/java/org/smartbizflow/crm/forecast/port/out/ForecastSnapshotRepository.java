package org.smartbizflow.crm.forecast.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.smartbizflow.crm.forecast.ForecastScope;
import org.smartbizflow.crm.forecast.ForecastSnapshot;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Keeps forecast snapshots so a forecast can be compared with last week's and judged after the
 * period closes. Every query is scoped by tenant.
 */
public interface ForecastSnapshotRepository {

    /** Stores a snapshot; storing the same id again replaces it. */
    void save(ForecastSnapshot snapshot);

    Optional<ForecastSnapshot> findById(TenantId tenantId, UUID id);

    /** The latest snapshot of that period and scope taken on or before {@code asOf}. */
    Optional<ForecastSnapshot> findLatest(TenantId tenantId, DateRange period, ForecastScope scope, String scopeKey,
                                          LocalDate asOf);

    /** All snapshots of a period, oldest first. */
    List<ForecastSnapshot> findByPeriod(TenantId tenantId, DateRange period);
}
