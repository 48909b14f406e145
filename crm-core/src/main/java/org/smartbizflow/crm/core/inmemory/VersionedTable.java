package org.smartbizflow.crm.core.inmemory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.TenantId;

/**
 * The storage under the in-memory repositories of the sales context: rows per tenant and
 * key, with optimistic versions and every write undone when the transaction fails. One
 * place for those rules, so each repository only says what is special about it.
 *
 * @param <K> key
 * @param <V> stored state (immutable)
 */
final class VersionedTable<K, V> {

    private final InMemoryTransactionRunner transactions;
    private final String recordType;
    private final ToLongFunction<V> versionOf;
    private final Map<TenantId, Map<K, V>> byTenant = new ConcurrentHashMap<>();

    VersionedTable(InMemoryTransactionRunner transactions, String recordType, ToLongFunction<V> versionOf) {
        this.transactions = transactions;
        this.recordType = recordType;
        this.versionOf = versionOf;
    }

    private Map<K, V> tenant(TenantId tenantId) {
        return byTenant.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>());
    }

    Optional<V> get(TenantId tenantId, K key) {
        return transactions.read(() -> Optional.ofNullable(tenant(tenantId).get(key)));
    }

    /** A consistent copy of the tenant's rows. */
    List<V> rows(TenantId tenantId) {
        return transactions.read(() -> List.copyOf(tenant(tenantId).values()));
    }

    <T> T read(Supplier<T> work) {
        return transactions.read(work);
    }

    /** Stores a new row; a row already under the key is a concurrent insert. */
    void insert(TenantId tenantId, K key, V row) {
        transactions.write(() -> {
            Map<K, V> rows = tenant(tenantId);
            if (rows.containsKey(key)) {
                throw new ConcurrencyConflictException(recordType, key, 0);
            }
            rows.put(key, row);
            transactions.onRollback(() -> rows.remove(key, row));
            return null;
        });
    }

    /**
     * Replaces the row if its stored version equals {@code expectedVersion}; the new row must
     * already carry the next version.
     */
    void update(TenantId tenantId, K key, V row, long expectedVersion) {
        transactions.write(() -> {
            Map<K, V> rows = tenant(tenantId);
            V previous = rows.get(key);
            if (previous == null) {
                throw new NotFoundException(recordType, key);
            }
            if (versionOf.applyAsLong(previous) != expectedVersion) {
                throw new ConcurrencyConflictException(recordType, key, expectedVersion);
            }
            rows.put(key, row);
            transactions.onRollback(() -> rows.put(key, previous));
            return null;
        });
    }

    /** Removes the row under the key, if any; the removal is undone when the transaction fails. */
    void remove(TenantId tenantId, K key) {
        transactions.write(() -> {
            Map<K, V> rows = tenant(tenantId);
            V previous = rows.remove(key);
            if (previous != null) {
                transactions.onRollback(() -> rows.put(key, previous));
            }
            return null;
        });
    }

    /** Runs checks and writes as one unit in the caller's transaction (or one of its own). */
    void write(Runnable work) {
        transactions.write(() -> {
            work.run();
            return null;
        });
    }

    Collection<V> unsafeRows(TenantId tenantId) {
        return tenant(tenantId).values();
    }
}
