package org.smartbizflow.crm.forecasting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.smartbizflow.crm.forecast.ForecastScope;
import org.smartbizflow.crm.forecast.ForecastSnapshot;
import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepository;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.TenantId;

/** A test adapter for the snapshot port; crm-core will bring the production in-memory one. */
final class InMemoryForecastSnapshotRepository implements ForecastSnapshotRepository {

    private final Map<UUID, ForecastSnapshot> snapshots = new ConcurrentHashMap<>();

    @Override
    public void save(ForecastSnapshot snapshot) {
        snapshots.put(snapshot.id(), snapshot);
    }

    @Override
    public Optional<ForecastSnapshot> findById(TenantId tenantId, UUID id) {
        return Optional.ofNullable(snapshots.get(id)).filter(s -> s.tenantId().equals(tenantId));
    }

    @Override
    public Optional<ForecastSnapshot> findLatest(TenantId tenantId, DateRange period, ForecastScope scope, String scopeKey,
                                                 LocalDate asOf) {
        return snapshots.values().stream()
                .filter(s -> s.tenantId().equals(tenantId) && s.period().equals(period) && s.scope() == scope
                        && s.scopeKey().equals(scopeKey) && !s.asOf().isAfter(asOf))
                .max(Comparator.comparing(ForecastSnapshot::asOf));
    }

    @Override
    public List<ForecastSnapshot> findByPeriod(TenantId tenantId, DateRange period) {
        return snapshots.values().stream().filter(s -> s.tenantId().equals(tenantId) && s.period().equals(period))
                .sorted(Comparator.comparing(ForecastSnapshot::asOf)).toList();
    }
}
