package org.smartbizflow.crm.core.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import org.smartbizflow.crm.account.Account;
import org.smartbizflow.crm.account.AccountFilter;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.port.out.AccountRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.Cursor;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Accounts in memory, one sorted map per tenant, with the same contract as the database
 * adapters: tenant scope, optimistic versions, keyset paging in id order.
 */
public final class InMemoryAccountRepository implements AccountRepository {

    private static final String RECORD_TYPE = "Account";

    private final InMemoryTransactionRunner transactions;
    private final Map<TenantId, NavigableMap<UUID, AccountView>> byTenant = new ConcurrentHashMap<>();

    public InMemoryAccountRepository(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    private NavigableMap<UUID, AccountView> tenant(TenantId tenantId) {
        return byTenant.computeIfAbsent(tenantId, t -> new ConcurrentSkipListMap<>(UuidOrder.UNSIGNED));
    }

    @Override
    public Optional<Account> find(TenantId tenantId, AccountId id) {
        Preconditions.notNull(id, "id");
        return transactions.read(() -> Optional.ofNullable(tenant(tenantId).get(id.value())).map(Account::restore));
    }

    @Override
    public void insert(Account account) {
        AccountView state = account.view();
        transactions.write(() -> {
            NavigableMap<UUID, AccountView> accounts = tenant(state.tenantId());
            if (accounts.containsKey(state.id().value())) {
                throw new ValidationException("id", "an account with id " + state.id() + " already exists");
            }
            AccountView stored = state.withVersion(0);
            accounts.put(state.id().value(), stored);
            transactions.onRollback(() -> accounts.remove(state.id().value(), stored));
            return null;
        });
    }

    @Override
    public void update(Account account) {
        AccountView state = account.view();
        transactions.write(() -> {
            NavigableMap<UUID, AccountView> accounts = tenant(state.tenantId());
            AccountView previous = accounts.get(state.id().value());
            if (previous == null) {
                throw new NotFoundException(RECORD_TYPE, state.id());
            }
            if (previous.version() != state.version()) {
                throw new ConcurrencyConflictException(RECORD_TYPE, state.id(), state.version());
            }
            accounts.put(state.id().value(), state.withVersion(state.version() + 1));
            transactions.onRollback(() -> accounts.put(state.id().value(), previous));
            return null;
        });
    }

    @Override
    public Page<AccountView> search(TenantId tenantId, AccountFilter filter, PageRequest page) {
        return transactions.read(() -> {
            NavigableMap<UUID, AccountView> accounts = tenant(tenantId);
            NavigableMap<UUID, AccountView> rest = page.after() == null ? accounts
                    : accounts.tailMap(decode(page.after()), false);
            List<AccountView> items = new ArrayList<>(page.size());
            for (AccountView account : rest.values()) {
                if (filter.matches(account)) {
                    if (items.size() == page.size()) {
                        return new Page<>(items, Cursor.of(items.get(items.size() - 1).id().toString()));
                    }
                    items.add(account);
                }
            }
            return Page.last(items);
        });
    }

    @Override
    public long count(TenantId tenantId, AccountFilter filter) {
        return transactions.read(() -> tenant(tenantId).values().stream().filter(filter::matches).count());
    }

    @Override
    public List<AccountView> findByDomain(TenantId tenantId, DomainName domain) {
        Preconditions.notNull(domain, "domain");
        return where(tenantId, account -> account.profile().domains().contains(domain));
    }

    @Override
    public List<AccountView> findByNormalisedName(TenantId tenantId, String normalisedName) {
        Preconditions.notNull(normalisedName, "normalisedName");
        return where(tenantId, account -> account.normalisedName().equals(normalisedName));
    }

    private List<AccountView> where(TenantId tenantId, Predicate<AccountView> condition) {
        return transactions.read(() -> tenant(tenantId).values().stream().filter(condition).toList());
    }

    private static UUID decode(Cursor cursor) {
        try {
            return UUID.fromString(cursor.token());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("page.after", "is not a cursor of this result: " + cursor.token());
        }
    }
}
