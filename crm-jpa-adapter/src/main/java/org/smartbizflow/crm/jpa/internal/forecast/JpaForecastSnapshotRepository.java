package org.smartbizflow.crm.jpa.internal.forecast;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.smartbizflow.crm.forecast.ForecastScope;
import org.smartbizflow.crm.forecast.ForecastSnapshot;
import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepository;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.port.out.TransactionRunner;

/**
 * Forecast snapshots in {@code crm_forecast_snapshot}, their deals in
 * {@code crm_forecast_snapshot_deal}. Unlike the lead repository, every call goes through the
 * transaction runner: the forecasting module takes snapshots through this port alone, without
 * a transaction of its own, so a call joins the caller's transaction when there is one and
 * runs in its own otherwise. Look-ups name the tenant, period and scope, which the
 * {@code crm_forecast_snapshot_latest_ix} and {@code crm_forecast_snapshot_period_ix} indexes
 * serve.
 */
public final class JpaForecastSnapshotRepository implements ForecastSnapshotRepository {

    private final Supplier<EntityManager> entityManager;
    private final TransactionRunner transactions;

    public JpaForecastSnapshotRepository(Supplier<EntityManager> entityManager, TransactionRunner transactions) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** The entity classes this adapter maps, with the embeddable of the deal lines. */
    public static List<Class<?>> entityClasses() {
        return List.of(ForecastSnapshotEntity.class, ForecastDealLine.class);
    }

    @Override
    public void save(ForecastSnapshot snapshot) {
        Preconditions.notNull(snapshot, "snapshot");
        transactions.inTransaction(() -> {
            EntityManager em = entityManager.get();
            ForecastSnapshotEntity row = em.find(ForecastSnapshotEntity.class, snapshot.id());
            if (row == null) {
                em.persist(ForecastSnapshotMapper.newRow(snapshot));
            } else if (row.tenantId().equals(snapshot.tenantId().value())) {
                ForecastSnapshotMapper.copyInto(snapshot, row);
            } else {
                throw new ValidationException("id", "snapshot id " + snapshot.id() + " belongs to another tenant");
            }
        });
    }

    @Override
    public Optional<ForecastSnapshot> findById(TenantId tenantId, UUID id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return transactions.inTransaction(() -> row(tenantId, id).map(ForecastSnapshotMapper::toSnapshot));
    }

    private Optional<ForecastSnapshotEntity> row(TenantId tenantId, UUID id) {
        ForecastSnapshotEntity row = entityManager.get().find(ForecastSnapshotEntity.class, id);
        return row != null && row.tenantId().equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    /** Finds the id first, so the row limit applies to snapshots and not to their joined deal lines. */
    @Override
    public Optional<ForecastSnapshot> findLatest(TenantId tenantId, DateRange period, ForecastScope scope,
                                                 String scopeKey, LocalDate asOf) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(period, "period");
        Preconditions.notNull(scope, "scope");
        Preconditions.notNull(scopeKey, "scopeKey");
        Preconditions.notNull(asOf, "asOf");
        return transactions.inTransaction(() -> entityManager.get()
                .createQuery("select s.id from CrmForecastSnapshot s where s.tenantId = :tenant"
                        + " and s.periodStart = :start and s.periodEnd = :end and s.scope = :scope"
                        + " and s.scopeKey = :scopeKey and s.asOf <= :asOf order by s.asOf desc, s.id desc",
                        UUID.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .setParameter("scope", scope.name())
                .setParameter("scopeKey", scopeKey)
                .setParameter("asOf", asOf)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .flatMap(id -> row(tenantId, id))
                .map(ForecastSnapshotMapper::toSnapshot));
    }

    /** One query: the snapshots with their deal lines fetched alongside, oldest first. */
    @Override
    public List<ForecastSnapshot> findByPeriod(TenantId tenantId, DateRange period) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(period, "period");
        return transactions.inTransaction(() -> entityManager.get()
                .createQuery("select s from CrmForecastSnapshot s left join fetch s.deals"
                        + " where s.tenantId = :tenant and s.periodStart = :start and s.periodEnd = :end"
                        + " order by s.asOf, s.id", ForecastSnapshotEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList()
                .stream()
                .map(ForecastSnapshotMapper::toSnapshot)
                .toList());
    }
}
