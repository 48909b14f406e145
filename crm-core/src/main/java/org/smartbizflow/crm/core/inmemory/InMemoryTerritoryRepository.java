package org.smartbizflow.crm.core.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.smartbizflow.crm.account.Territory;
import org.smartbizflow.crm.account.TerritoryId;
import org.smartbizflow.crm.account.port.out.TerritoryRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/** Territories in memory, with the contract of the database adapters. */
public final class InMemoryTerritoryRepository implements TerritoryRepository {

    private final InMemoryTransactionRunner transactions;
    private final Map<TenantId, Map<TerritoryId, Territory>> byTenant = new ConcurrentHashMap<>();

    public InMemoryTerritoryRepository(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    private Map<TerritoryId, Territory> tenant(TenantId tenantId) {
        return byTenant.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>());
    }

    @Override
    public void insert(Territory territory) {
        transactions.write(() -> {
            Map<TerritoryId, Territory> territories = tenant(territory.tenantId());
            if (territories.values().stream().anyMatch(t -> t.key().equals(territory.key()))) {
                throw new ValidationException("key", "a territory with key " + territory.key() + " already exists");
            }
            if (territories.containsKey(territory.id())) {
                throw new ValidationException("id", "a territory with id " + territory.id() + " already exists");
            }
            Territory stored = territory.withVersion(0);
            territories.put(territory.id(), stored);
            transactions.onRollback(() -> territories.remove(territory.id(), stored));
            return null;
        });
    }

    @Override
    public void update(Territory territory) {
        transactions.write(() -> {
            Map<TerritoryId, Territory> territories = tenant(territory.tenantId());
            Territory previous = territories.get(territory.id());
            if (previous == null) {
                throw new NotFoundException("Territory", territory.id());
            }
            if (previous.version() != territory.version()) {
                throw new ConcurrencyConflictException("Territory", territory.id(), territory.version());
            }
            territories.put(territory.id(), territory.withVersion(territory.version() + 1));
            transactions.onRollback(() -> territories.put(territory.id(), previous));
            return null;
        });
    }

    @Override
    public Optional<Territory> find(TenantId tenantId, TerritoryId id) {
        return transactions.read(() -> Optional.ofNullable(tenant(tenantId).get(id)));
    }

    @Override
    public List<Territory> all(TenantId tenantId) {
        return transactions.read(() -> tenant(tenantId).values().stream()
                .sorted(Comparator.comparing(Territory::key)).toList());
    }
}
