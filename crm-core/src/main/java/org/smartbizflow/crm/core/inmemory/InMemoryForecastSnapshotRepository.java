package org.smartbizflow.crm.core.inmemory;

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
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Forecast snapshots in memory, with the same contract as the database adapter: tenant scope,
 * replace on a second save of an id, rollback with the caller's transaction, and the same order
 * (day taken, then id, so same-day snapshots with time-ordered ids keep their creation order).
 * Snapshots are immutable values, so they are stored and handed out as they are.
 */
public final class InMemoryForecastSnapshotRepository implements ForecastSnapshotRepository {

    /** Oldest first; ties in the byte order databases give the ids. */
    private static final Comparator<ForecastSnapshot> OLDEST_FIRST = Comparator
            .comparing(ForecastSnapshot::asOf)
            .thenComparing(ForecastSnapshot::id, UuidOrder.UNSIGNED);

    private final InMemoryTransactionRunner transactions;
    /** By id across tenants, as a database's primary key: one id never names two tenants' snapshots. */
    private final Map<UUID, ForecastSnapshot> byId = new ConcurrentHashMap<>();

    public InMemoryForecastSnapshotRepository(InMemoryTransactionRunner transactions) {
        this.transactions = Preconditions.notNull(transactions, "transactions");
    }

    @Override
    public void save(ForecastSnapshot snapshot) {
        Preconditions.notNull(snapshot, "snapshot");
        transactions.write(() -> {
            ForecastSnapshot previous = byId.get(snapshot.id());
            if (previous != null && !previous.tenantId().equals(snapshot.tenantId())) {
                throw new ValidationException("id", "snapshot id " + snapshot.id() + " belongs to another tenant");
            }
            byId.put(snapshot.id(), snapshot);
            transactions.onRollback(() -> {
                if (previous == null) {
                    byId.remove(snapshot.id(), snapshot);
                } else {
                    byId.put(snapshot.id(), previous);
                }
            });
            return null;
        });
    }

    @Override
    public Optional<ForecastSnapshot> findById(TenantId tenantId, UUID id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return transactions.read(() -> Optional.ofNullable(byId.get(id)).filter(s -> s.tenantId().equals(tenantId)));
    }

    @Override
    public Optional<ForecastSnapshot> findLatest(TenantId tenantId, DateRange period, ForecastScope scope,
                                                 String scopeKey, LocalDate asOf) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(period, "period");
        Preconditions.notNull(scope, "scope");
        Preconditions.notNull(scopeKey, "scopeKey");
        Preconditions.notNull(asOf, "asOf");
        return transactions.read(() -> byId.values().stream()
                .filter(s -> s.tenantId().equals(tenantId) && s.period().equals(period) && s.scope() == scope
                        && s.scopeKey().equals(scopeKey) && !s.asOf().isAfter(asOf))
                .max(OLDEST_FIRST));
    }

    @Override
    public List<ForecastSnapshot> findByPeriod(TenantId tenantId, DateRange period) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(period, "period");
        return transactions.read(() -> byId.values().stream()
                .filter(s -> s.tenantId().equals(tenantId) && s.period().equals(period))
                .sorted(OLDEST_FIRST)
                .toList());
    }
}
