package org.smartbizflow.crm.jpa.internal.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.smartbizflow.crm.account.Territory;
import org.smartbizflow.crm.account.TerritoryId;
import org.smartbizflow.crm.account.port.out.TerritoryRepository;
import org.smartbizflow.crm.jpa.internal.shared.PersistenceFailures;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/** Territories in {@code crm_territory}; the tree is small and read whole. */
public final class JpaTerritoryRepository implements TerritoryRepository {

    private final Supplier<EntityManager> entityManager;

    public JpaTerritoryRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** The entity classes this adapter maps. */
    public static List<Class<?>> entityClasses() {
        return List.of(TerritoryEntity.class);
    }

    /** Checks the key first so the refusal names the field rather than a constraint. */
    @Override
    public void insert(Territory territory) {
        Preconditions.notNull(territory, "territory");
        long taken = entityManager.get().createQuery("select count(t) from CrmTerritory t where t.tenantId = :tenant"
                        + " and t.key = :key", Long.class)
                .setParameter("tenant", territory.tenantId().value())
                .setParameter("key", territory.key())
                .getSingleResult();
        if (taken > 0) {
            throw new ValidationException("key", "a territory with key " + territory.key() + " already exists");
        }
        entityManager.get().persist(new TerritoryEntity(territory));
    }

    @Override
    public void update(Territory territory) {
        Preconditions.notNull(territory, "territory");
        TerritoryEntity row = row(territory.tenantId(), territory.id())
                .orElseThrow(() -> new NotFoundException("Territory", territory.id()));
        if (row.version() != territory.version()) {
            throw new ConcurrencyConflictException("Territory", territory.id(), territory.version());
        }
        row.copy(territory);
        try {
            entityManager.get().flush();
        } catch (OptimisticLockException lost) {
            throw PersistenceFailures.translate(lost);
        }
    }

    private Optional<TerritoryEntity> row(TenantId tenantId, TerritoryId id) {
        TerritoryEntity row = entityManager.get().find(TerritoryEntity.class, id.value());
        return row != null && row.tenantId().equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    @Override
    public Optional<Territory> find(TenantId tenantId, TerritoryId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return row(tenantId, id).map(TerritoryEntity::toDomain);
    }

    @Override
    public List<Territory> all(TenantId tenantId) {
        Preconditions.notNull(tenantId, "tenantId");
        return entityManager.get().createQuery("select distinct t from CrmTerritory t left join fetch t.conditions"
                        + " where t.tenantId = :tenant", TerritoryEntity.class)
                .setParameter("tenant", tenantId.value())
                .getResultStream().map(TerritoryEntity::toDomain)
                .sorted(java.util.Comparator.comparing(Territory::key)).toList();
    }
}
