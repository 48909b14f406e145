package org.smartbizflow.crm.core.inmemory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.Deque;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import org.smartbizflow.crm.account.Account;
import org.smartbizflow.crm.account.AccountFilter;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountNode;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.HierarchyRollup;
import org.smartbizflow.crm.account.TerritoryCount;
import org.smartbizflow.crm.account.TerritoryId;
import org.smartbizflow.crm.account.port.out.AccountRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.Cursor;
import org.smartbizflow.crm.shared.Money;
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

    private final org.smartbizflow.crm.opportunity.port.out.OpportunityRepository opportunities;
    private final org.smartbizflow.crm.contact.port.out.ContactRepository contacts;

    /**
     * @param opportunities where the roll-ups find the accounts' deals
     * @param contacts      where the roll-ups count the accounts' contacts
     */
    public InMemoryAccountRepository(InMemoryTransactionRunner transactions,
                                     org.smartbizflow.crm.opportunity.port.out.OpportunityRepository opportunities,
                                     org.smartbizflow.crm.contact.port.out.ContactRepository contacts) {
        this.transactions = transactions;
        this.opportunities = opportunities;
        this.contacts = contacts;
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

    @Override
    public List<AccountView> findByDomainsOrNormalisedNames(TenantId tenantId, Collection<DomainName> domains,
                                                            Collection<String> normalisedNames) {
        Preconditions.notNull(domains, "domains");
        Preconditions.notNull(normalisedNames, "normalisedNames");
        Set<DomainName> wantedDomains = new HashSet<>(domains);
        Set<String> wantedNames = new HashSet<>(normalisedNames);
        return where(tenantId, account -> wantedNames.contains(account.normalisedName())
                || account.profile().domains().stream().anyMatch(wantedDomains::contains));
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

    @Override
    public List<AccountNode> ancestors(TenantId tenantId, AccountId id) {
        return transactions.read(() -> {
            NavigableMap<UUID, AccountView> accounts = tenant(tenantId);
            List<AccountNode> path = new ArrayList<>();
            AccountView current = accounts.get(id.value());
            int depth = 0;
            while (current != null && current.parentId() != null) {
                current = accounts.get(current.parentId().value());
                if (current == null) {
                    break;
                }
                path.add(node(current, ++depth));
            }
            return path;
        });
    }

    @Override
    public List<AccountNode> subtree(TenantId tenantId, AccountId root) {
        return transactions.read(() -> {
            NavigableMap<UUID, AccountView> accounts = tenant(tenantId);
            AccountView top = accounts.get(root.value());
            if (top == null) {
                return List.of();
            }
            Map<AccountId, List<AccountView>> children = new java.util.HashMap<>();
            for (AccountView account : accounts.values()) {
                if (account.parentId() != null) {
                    children.computeIfAbsent(account.parentId(), k -> new ArrayList<>()).add(account);
                }
            }
            List<AccountNode> nodes = new ArrayList<>();
            Deque<AccountNode> queue = new ArrayDeque<>();
            queue.add(node(top, 0));
            while (!queue.isEmpty()) {
                AccountNode next = queue.poll();
                nodes.add(next);
                for (AccountView child : children.getOrDefault(next.id(), List.of())) {
                    queue.add(node(child, next.depth() + 1));
                }
            }
            nodes.sort(Comparator.comparingInt(AccountNode::depth)
                    .thenComparing(n -> n.id().value(), UuidOrder.UNSIGNED));
            return nodes;
        });
    }

    @Override
    public HierarchyRollup rollup(TenantId tenantId, AccountId root) {
        return transactions.read(() -> {
            List<AccountNode> nodes = subtree(tenantId, root);
            if (nodes.isEmpty()) {
                throw new NotFoundException(RECORD_TYPE, root);
            }
            NavigableMap<UUID, AccountView> accounts = tenant(tenantId);
            Map<Currency, BigDecimal> revenue = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
            int depth = 0;
            for (AccountNode node : nodes) {
                depth = Math.max(depth, node.depth());
                Money amount = accounts.get(node.id().value()).profile().annualRevenue();
                if (amount != null) {
                    revenue.merge(amount.currency(), amount.amount(), BigDecimal::add);
                }
            }
            java.util.Set<AccountId> members = new java.util.HashSet<>();
            nodes.forEach(n -> members.add(n.id()));
            Map<Currency, BigDecimal> open = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
            Map<Currency, BigDecimal> won = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
            PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
            while (true) {
                Page<org.smartbizflow.crm.opportunity.OpportunityView> page = opportunities.search(tenantId,
                        org.smartbizflow.crm.opportunity.OpportunityFilter.any(), request);
                for (org.smartbizflow.crm.opportunity.OpportunityView deal : page.items()) {
                    if (deal.accountId() != null && members.contains(deal.accountId()) && deal.amount() != null) {
                        Map<Currency, BigDecimal> sums = switch (deal.stageType()) {
                            case OPEN -> open;
                            case WON -> won;
                            case LOST -> null;
                        };
                        if (sums != null) {
                            sums.merge(deal.amount().currency(), deal.amount().amount(), BigDecimal::add);
                        }
                    }
                }
                if (!page.hasNext()) {
                    break;
                }
                request = request.next(page.next());
            }
            long people = contacts.count(tenantId, org.smartbizflow.crm.contact.ContactFilter.any()
                    .withAccounts(members.toArray(AccountId[]::new)));
            return new HierarchyRollup(root, nodes.size(), depth, monies(revenue), monies(open), monies(won), people);
        });
    }

    @Override
    public void lockForHierarchyChange(TenantId tenantId, Collection<AccountId> ids) {
        // In-memory transactions are serialised by the runner; nothing more to lock.
    }

    @Override
    public Page<AccountView> dueForReview(TenantId tenantId, LocalDate day, PageRequest page) {
        Preconditions.notNull(day, "day");
        return transactions.read(() -> {
            List<AccountView> due = tenant(tenantId).values().stream()
                    .filter(a -> a.compliance().reviewDueBy(day))
                    .sorted(Comparator.comparing((AccountView a) -> a.compliance().reviewDue())
                            .thenComparing(a -> a.id().value(), UuidOrder.UNSIGNED))
                    .toList();
            int start = 0;
            if (page.after() != null) {
                String[] key = ReviewCursor.decode(page.after());
                LocalDate afterDay = LocalDate.parse(key[0]);
                UUID afterId = UUID.fromString(key[1]);
                while (start < due.size()) {
                    AccountView a = due.get(start);
                    int order = a.compliance().reviewDue().compareTo(afterDay);
                    if (order > 0 || order == 0 && UuidOrder.UNSIGNED.compare(a.id().value(), afterId) > 0) {
                        break;
                    }
                    start++;
                }
            }
            List<AccountView> items = due.subList(start, Math.min(due.size(), start + page.size()));
            boolean more = start + page.size() < due.size();
            return more ? new Page<>(items, ReviewCursor.encode(items.get(items.size() - 1))) : Page.last(items);
        });
    }

    @Override
    public List<TerritoryCount> countByTerritory(TenantId tenantId) {
        return transactions.read(() -> {
            Map<TerritoryId, long[]> counts = new java.util.LinkedHashMap<>();
            Map<TerritoryId, Map<Currency, BigDecimal>> revenue = new java.util.HashMap<>();
            for (AccountView account : tenant(tenantId).values()) {
                counts.computeIfAbsent(account.territoryId(), k -> new long[1])[0]++;
                Money amount = account.profile().annualRevenue();
                Map<Currency, BigDecimal> sums = revenue.computeIfAbsent(account.territoryId(),
                        k -> new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode)));
                if (amount != null) {
                    sums.merge(amount.currency(), amount.amount(), BigDecimal::add);
                }
            }
            List<TerritoryCount> rows = new ArrayList<>();
            counts.forEach((territory, n) -> rows.add(new TerritoryCount(territory, n[0], monies(revenue.get(territory)))));
            return rows;
        });
    }

    private static List<Money> monies(Map<Currency, BigDecimal> sums) {
        List<Money> amounts = new ArrayList<>();
        sums.forEach((currency, sum) -> amounts.add(Money.of(sum, currency)));
        return amounts;
    }

    private static AccountNode node(AccountView account, int depth) {
        return new AccountNode(account.id(), account.parentId(), account.legalName(), depth);
    }

    /** The keyset of the review-due order: the due day and the id of the last row. */
    private static final class ReviewCursor {
        static Cursor encode(AccountView last) {
            return Cursor.of(last.compliance().reviewDue() + "|" + last.id());
        }

        static String[] decode(Cursor cursor) {
            String[] parts = cursor.token().split("\\|");
            try {
                if (parts.length == 2) {
                    LocalDate.parse(parts[0]);
                    UUID.fromString(parts[1]);
                    return parts;
                }
            } catch (RuntimeException e) {
                // refused below
            }
            throw new ValidationException("cursor", "is not a cursor of a review-due list: " + cursor.token());
        }
    }
}
