package org.smartbizflow.crm.jpa.internal.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
import org.smartbizflow.crm.jpa.internal.shared.PersistenceFailures;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.Cursor;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Accounts in {@code crm_account} and its child tables. Every query names the tenant;
 * searches are keyset-paged on the primary key and read one row more than the page to know
 * whether another page follows. The child collections of a page are fetched with one query
 * per collection for the whole page, not one per account.
 */
public final class JpaAccountRepository implements AccountRepository {

    private static final String RECORD_TYPE = "Account";
    /** Domains and names per look-up query: well inside the IN-list and bind-parameter limits of every vendor. */
    private static final int LOOKUP_BATCH = 500;
    /** The order of the databases' uuid columns (and of time-ordered ids): unsigned, high bits first. */
    private static final Comparator<AccountView> ID_ORDER = Comparator
            .comparing((AccountView a) -> a.id().value().getMostSignificantBits(), Long::compareUnsigned)
            .thenComparing(a -> a.id().value().getLeastSignificantBits(), Long::compareUnsigned);
    /** The escape character for LIKE patterns; not a backslash, which MySQL-family parsers treat specially. */
    private static final char LIKE_ESCAPE = '!';
    private static final List<String> COLLECTIONS = List.of("domains", "addresses", "taxIds", "customFields", "tags",
            "documents", "flags");
    /**
     * Guards the recursive hierarchy queries against a cycle in corrupt data (the use cases
     * never store one); far deeper than any real organisation.
     */
    private static final int MAX_DEPTH = 10_000;

    private final Supplier<EntityManager> entityManager;

    public JpaAccountRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** The entity classes this adapter maps. */
    public static List<Class<?>> entityClasses() {
        return List.of(AccountEntity.class);
    }

    @Override
    public Optional<Account> find(TenantId tenantId, AccountId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return row(tenantId, id).map(AccountMapper::toView).map(Account::restore);
    }

    private Optional<AccountEntity> row(TenantId tenantId, AccountId id) {
        AccountEntity row = entityManager.get().find(AccountEntity.class, id.value());
        return row != null && row.tenantId().equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    @Override
    public void insert(Account account) {
        Preconditions.notNull(account, "account");
        entityManager.get().persist(AccountMapper.newRow(account.view()));
    }

    @Override
    public void update(Account account) {
        Preconditions.notNull(account, "account");
        AccountView state = account.view();
        AccountEntity row = row(state.tenantId(), state.id())
                .orElseThrow(() -> new NotFoundException(RECORD_TYPE, state.id()));
        if (row.version() != state.version()) {
            throw new ConcurrencyConflictException(RECORD_TYPE, state.id(), state.version());
        }
        AccountMapper.copyInto(state, row);
        try {
            // Flushing here makes the version advance once per update, as the port promises, and
            // reports a concurrent writer to this caller rather than at some later commit.
            entityManager.get().flush();
        } catch (OptimisticLockException lost) {
            throw PersistenceFailures.translate(lost);
        }
    }

    @Override
    public Page<AccountView> search(TenantId tenantId, AccountFilter filter, PageRequest page) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Preconditions.notNull(page, "page");
        Conditions where = conditions(tenantId, filter);
        page.cursor().ifPresent(cursor -> where.add("a.id > :after", "after", decode(cursor)));
        // tenant first: H2 then reads the page in order from the (tenant_id, id) index, where for
        // "order by a.id" it sorted all the tenant's accounts after the cursor for every page
        TypedQuery<AccountEntity> query = entityManager.get()
                .createQuery("select a from CrmAccount a where " + where.jpql() + " order by a.tenantId, a.id",
                        AccountEntity.class)
                .setMaxResults(page.size() + 1);
        where.bind(query);
        List<AccountEntity> rows = query.getResultList();
        boolean more = rows.size() > page.size();
        List<AccountEntity> pageRows = more ? rows.subList(0, page.size()) : rows;
        if (!pageRows.isEmpty()) {
            // the page is every selected account from its first id to its last, so its child rows
            // are read by that range of the index rather than by an IN-list of its ids, which H2
            // tests every row against one by one (an export of 100,000 accounts: 28 s to 15 s)
            where.add("a.id >= :first", "first", pageRows.get(0).id());
            where.add("a.id <= :last", "last", pageRows.get(pageRows.size() - 1).id());
            loadCollections(where.jpql(), where::bind);
        }
        List<AccountView> items = new ArrayList<>(pageRows.size());
        pageRows.forEach(row -> items.add(AccountMapper.toView(row)));
        return more ? new Page<>(items, Cursor.of(items.get(items.size() - 1).id().toString())) : Page.last(items);
    }

    /**
     * One query for the distinct keys and types in use; a key stored with more than one type
     * (rare) asks once more for its type on the first account holding it.
     */
    @Override
    public SortedMap<String, CustomValue.Type> customFieldTypes(TenantId tenantId, AccountFilter filter) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Conditions where = conditions(tenantId, filter);
        TypedQuery<Object[]> query = entityManager.get().createQuery("select distinct key(c), c.type"
                + " from CrmAccount a join a.customFields c where " + where.jpql(), Object[].class);
        where.bind(query);
        Map<String, List<String>> stored = new TreeMap<>();
        for (Object[] row : query.getResultList()) {
            stored.computeIfAbsent((String) row[0], key -> new ArrayList<>()).add((String) row[1]);
        }
        SortedMap<String, CustomValue.Type> types = new TreeMap<>();
        stored.forEach((key, names) -> {
            String name = names.size() == 1 ? names.get(0) : firstTypeOf(where, key);
            types.put(key, CustomValue.Type.valueOf(name));
        });
        return types;
    }

    private String firstTypeOf(Conditions where, String key) {
        TypedQuery<String> query = entityManager.get().createQuery("select c.type from CrmAccount a"
                + " join a.customFields c where " + where.jpql() + " and key(c) = :key order by a.id", String.class)
                .setParameter("key", key)
                .setMaxResults(1);
        where.bind(query);
        return query.getSingleResult();
    }

    /** Maps rows after loading each child collection of all of them in one query per collection. */
    private List<AccountView> views(List<AccountEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(AccountEntity::id).toList();
        loadCollections("a.id in :ids", query -> query.setParameter("ids", ids));
        List<AccountView> views = new ArrayList<>(rows.size());
        rows.forEach(row -> views.add(AccountMapper.toView(row)));
        return views;
    }

    /**
     * Loads each child collection of the accounts the condition (on {@code a}) selects, one
     * query per collection, into the persistence context that holds them.
     */
    private void loadCollections(String condition, Consumer<TypedQuery<?>> binder) {
        EntityManager em = entityManager.get();
        for (String collection : COLLECTIONS) {
            TypedQuery<AccountEntity> query = em.createQuery("select distinct a from CrmAccount a left join fetch a."
                    + collection + " where " + condition, AccountEntity.class);
            binder.accept(query);
            query.getResultList();
        }
    }

    @Override
    public long count(TenantId tenantId, AccountFilter filter) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Conditions where = conditions(tenantId, filter);
        TypedQuery<Long> query = entityManager.get()
                .createQuery("select count(a) from CrmAccount a where " + where.jpql(), Long.class);
        where.bind(query);
        return query.getSingleResult();
    }

    @Override
    public List<AccountView> findByDomain(TenantId tenantId, DomainName domain) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(domain, "domain");
        return views(entityManager.get().createQuery("select distinct a from CrmAccount a join a.domains d"
                        + " where d.tenantId = :tenant and d.domain = :domain and a.tenantId = :tenant order by a.id",
                        AccountEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("domain", domain.value())
                .getResultList());
    }

    @Override
    public List<AccountView> findByNormalisedName(TenantId tenantId, String normalisedName) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(normalisedName, "normalisedName");
        return views(entityManager.get().createQuery("select a from CrmAccount a where a.tenantId = :tenant"
                        + " and a.normalisedName = :name order by a.id", AccountEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("name", normalisedName)
                .getResultList());
    }

    /**
     * One query per slice of domains and names, each matched by its own IN list; results of
     * several slices are merged back into id order.
     */
    @Override
    public List<AccountView> findByDomainsOrNormalisedNames(TenantId tenantId, Collection<DomainName> domains,
                                                            Collection<String> normalisedNames) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(domains, "domains");
        Preconditions.notNull(normalisedNames, "normalisedNames");
        List<String> domainValues = domains.stream().map(DomainName::value).distinct().toList();
        List<String> names = normalisedNames.stream().distinct().toList();
        // the ids first, by the value alone with the tenant checked on the rows: H2 looks an
        // IN-list up only on an index's first column (crm_account_normalised_name_ix,
        // crm_account_domain_name_ix), and an OR of the two would scan the tenant's accounts
        Set<UUID> ids = new LinkedHashSet<>();
        for (int from = 0; from < names.size(); from += LOOKUP_BATCH) {
            collectIds(entityManager.get().createQuery("select a.id, a.tenantId from CrmAccount a"
                    + " where a.normalisedName in :values", Object[].class)
                    .setParameter("values", slice(names, from)), tenantId, ids);
        }
        for (int from = 0; from < domainValues.size(); from += LOOKUP_BATCH) {
            collectIds(entityManager.get().createQuery("select x.id, x.tenantId from CrmAccount x join x.domains d"
                    + " where d.domain in :values", Object[].class)
                    .setParameter("values", slice(domainValues, from)), tenantId, ids);
        }
        List<UUID> wanted = new ArrayList<>(ids);
        List<AccountView> accounts = new ArrayList<>(wanted.size());
        for (int from = 0; from < wanted.size(); from += LOOKUP_BATCH) {
            accounts.addAll(views(entityManager.get().createQuery("select a from CrmAccount a where a.id in :ids",
                    AccountEntity.class).setParameter("ids", wanted.subList(from,
                    Math.min(wanted.size(), from + LOOKUP_BATCH))).getResultList()));
        }
        accounts.sort(ID_ORDER);
        return accounts;
    }

    private static void collectIds(TypedQuery<Object[]> query, TenantId tenantId, Set<UUID> ids) {
        query.getResultStream().filter(row -> tenantId.value().equals(row[1])).forEach(row -> ids.add((UUID) row[0]));
    }

    private static List<String> slice(List<String> values, int from) {
        return from >= values.size() ? List.of() : values.subList(from, Math.min(values.size(), from + LOOKUP_BATCH));
    }

    @Override
    public List<AccountNode> ancestors(TenantId tenantId, AccountId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return nodes("with recursive up (id, parent_id, legal_name, lvl) as ("
                + " select a.id, a.parent_id, a.legal_name, 0 from crm_account a where a.tenant_id = ?1 and a.id = ?2"
                + " union all"
                + " select p.id, p.parent_id, p.legal_name, up.lvl + 1 from crm_account p join up on p.id = up.parent_id"
                + " where p.tenant_id = ?1 and up.lvl < " + MAX_DEPTH + ")"
                + " select id, parent_id, legal_name, lvl from up where lvl > 0 order by lvl", tenantId, id);
    }

    @Override
    public List<AccountNode> subtree(TenantId tenantId, AccountId root) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(root, "root");
        return nodes(SUBTREE + " select id, parent_id, legal_name, lvl from down order by lvl, id", tenantId, root);
    }

    /** The recursive walk down from the root, shared by the subtree and roll-up queries. */
    private static final String SUBTREE = "with recursive down (id, parent_id, legal_name, lvl) as ("
            + " select a.id, a.parent_id, a.legal_name, 0 from crm_account a where a.tenant_id = ?1 and a.id = ?2"
            + " union all"
            + " select c.id, c.parent_id, c.legal_name, down.lvl + 1 from crm_account c join down on c.parent_id = down.id"
            + " where c.tenant_id = ?1 and down.lvl < " + MAX_DEPTH + ")";

    private List<AccountNode> nodes(String sql, TenantId tenantId, AccountId id) {
        EntityManager em = entityManager.get();
        em.flush();
        List<?> rows = em.createNativeQuery(sql)
                .setParameter(1, tenantId.value())
                .setParameter(2, id.value())
                .getResultList();
        List<AccountNode> nodes = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            nodes.add(new AccountNode(AccountId.of(uuid(columns[0])),
                    columns[1] == null ? null : AccountId.of(uuid(columns[1])), (String) columns[2],
                    ((Number) columns[3]).intValue()));
        }
        return nodes;
    }

    /**
     * Recursive aggregate queries: per revenue currency, how many accounts, how deep, how much;
     * then the open and won deal amounts per currency and the contacts of the subtree's accounts.
     */
    @Override
    public HierarchyRollup rollup(TenantId tenantId, AccountId root) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(root, "root");
        EntityManager em = entityManager.get();
        em.flush();
        List<?> rows = em.createNativeQuery(SUBTREE + " select a.revenue_currency, count(*), max(d.lvl),"
                        + " sum(a.revenue_amount) from down d join crm_account a on a.id = d.id"
                        + " group by a.revenue_currency")
                .setParameter(1, tenantId.value())
                .setParameter(2, root.value())
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException(RECORD_TYPE, root);
        }
        long accounts = 0;
        int depth = 0;
        Map<String, BigDecimal> revenue = new TreeMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            accounts += ((Number) columns[1]).longValue();
            depth = Math.max(depth, ((Number) columns[2]).intValue());
            if (columns[0] != null) {
                revenue.put((String) columns[0], (BigDecimal) columns[3]);
            }
        }
        Map<String, BigDecimal> open = new TreeMap<>();
        Map<String, BigDecimal> won = new TreeMap<>();
        List<?> deals = em.createNativeQuery(SUBTREE + " select o.stage_type, o.currency, sum(o.amount)"
                        + " from down d join crm_opportunity o on o.account_id = d.id"
                        + " where o.tenant_id = ?1 and o.amount is not null and o.stage_type in ('OPEN', 'WON')"
                        + " group by o.stage_type, o.currency")
                .setParameter(1, tenantId.value())
                .setParameter(2, root.value())
                .getResultList();
        for (Object row : deals) {
            Object[] columns = (Object[]) row;
            ("OPEN".equals(columns[0]) ? open : won).put((String) columns[1], (BigDecimal) columns[2]);
        }
        Number people = (Number) em.createNativeQuery(SUBTREE + " select count(*) from down d"
                        + " join crm_contact c on c.account_id = d.id where c.tenant_id = ?1 and c.erased_at is null")
                .setParameter(1, tenantId.value())
                .setParameter(2, root.value())
                .getSingleResult();
        return new HierarchyRollup(root, accounts, depth, monies(revenue), monies(open), monies(won),
                people.longValue());
    }

    private static List<Money> monies(Map<String, BigDecimal> sums) {
        List<Money> amounts = new ArrayList<>();
        sums.forEach((currency, sum) -> amounts.add(Money.of(sum.stripTrailingZeros(), Currency.getInstance(currency))));
        return amounts;
    }

    /** Native queries return UUID columns as UUID, text or bytes depending on database and driver. */
    private static UUID uuid(Object value) {
        if (value instanceof UUID id) {
            return id;
        }
        if (value instanceof byte[] bytes && bytes.length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }

    @Override
    public void lockForHierarchyChange(TenantId tenantId, Collection<AccountId> ids) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(ids, "ids");
        if (ids.isEmpty()) {
            return;
        }
        EntityManager em = entityManager.get();
        em.flush();
        em.createQuery("select a from CrmAccount a where a.tenantId = :tenant and a.id in :ids order by a.id",
                        AccountEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("ids", ids.stream().map(AccountId::value).distinct().toList())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public Page<AccountView> dueForReview(TenantId tenantId, LocalDate day, PageRequest page) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(day, "day");
        Preconditions.notNull(page, "page");
        String jpql = "select a from CrmAccount a where a.tenantId = :tenant and a.kycReviewDue <= :day";
        LocalDate afterDay = null;
        UUID afterId = null;
        if (page.after() != null) {
            String[] key = page.after().token().split("\\|");
            try {
                afterDay = LocalDate.parse(key[0]);
                afterId = UUID.fromString(key[1]);
            } catch (RuntimeException e) {
                throw new ValidationException("cursor", "is not a cursor of a review-due list: " + page.after());
            }
            jpql += " and (a.kycReviewDue > :afterDay or (a.kycReviewDue = :afterDay and a.id > :afterId))";
        }
        TypedQuery<AccountEntity> query = entityManager.get()
                .createQuery(jpql + " order by a.kycReviewDue, a.id", AccountEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("day", day)
                .setMaxResults(page.size() + 1);
        if (afterDay != null) {
            query.setParameter("afterDay", afterDay).setParameter("afterId", afterId);
        }
        List<AccountEntity> rows = query.getResultList();
        boolean more = rows.size() > page.size();
        List<AccountView> items = views(more ? rows.subList(0, page.size()) : rows);
        if (!more) {
            return Page.last(items);
        }
        AccountView last = items.get(items.size() - 1);
        return new Page<>(items, Cursor.of(last.compliance().reviewDue() + "|" + last.id()));
    }

    /** One GROUP BY query over the tenant's accounts; no account is loaded. */
    @Override
    public List<TerritoryCount> countByTerritory(TenantId tenantId) {
        Preconditions.notNull(tenantId, "tenantId");
        List<Object[]> rows = entityManager.get().createQuery("select a.territoryId, a.revenueCurrency, count(a),"
                        + " sum(a.revenueAmount) from CrmAccount a where a.tenantId = :tenant"
                        + " group by a.territoryId, a.revenueCurrency", Object[].class)
                .setParameter("tenant", tenantId.value())
                .getResultList();
        Map<UUID, long[]> counts = new LinkedHashMap<>();
        Map<UUID, Map<String, BigDecimal>> revenue = new HashMap<>();
        for (Object[] row : rows) {
            UUID territory = (UUID) row[0];
            counts.computeIfAbsent(territory, k -> new long[1])[0] += ((Number) row[2]).longValue();
            Map<String, BigDecimal> sums = revenue.computeIfAbsent(territory, k -> new TreeMap<>());
            if (row[1] != null) {
                sums.put((String) row[1], (BigDecimal) row[3]);
            }
        }
        List<TerritoryCount> result = new ArrayList<>();
        counts.forEach((territory, n) -> result.add(new TerritoryCount(
                territory == null ? null : TerritoryId.of(territory), n[0], monies(revenue.get(territory)))));
        return result;
    }

    private static Conditions conditions(TenantId tenantId, AccountFilter filter) {
        Conditions where = new Conditions();
        where.add("a.tenantId = :tenant", "tenant", tenantId.value());
        if (!filter.owners().isEmpty()) {
            where.add("a.ownerId in :owners", "owners", filter.owners().stream().map(o -> o.value()).sorted().toList());
        }
        if (!filter.industries().isEmpty()) {
            where.add("lower(a.industry) in :industries", "industries", filter.industries().stream().sorted().toList());
        }
        if (!filter.sizeBands().isEmpty()) {
            where.add("a.sizeBand in :sizeBands", "sizeBands",
                    filter.sizeBands().stream().map(Enum::name).sorted().toList());
        }
        int n = 0;
        for (var tag : filter.tags().stream().sorted().toList()) {
            String parameter = "tag" + n++;
            where.add("exists (select 1 from CrmAccount x join x.tags t where x = a and t.tag = :" + parameter + ")",
                    parameter, tag.value());
        }
        if (filter.text() != null) {
            String escape = " escape '" + LIKE_ESCAPE + "'";
            where.add("(lower(a.legalName) like :text" + escape
                    + " or exists (select 1 from CrmAccount y join y.domains d where y = a and d.domain like :text"
                    + escape + "))", "text", containsPattern(filter.text()));
        }
        return where;
    }

    /** A LIKE pattern for "contains", with the user's own wildcards taken literally. */
    static String containsPattern(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder pattern = new StringBuilder(lower.length() + 8).append('%');
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    private static UUID decode(Cursor cursor) {
        try {
            UUID lastId = UUID.fromString(cursor.token());
            if (lastId.toString().equals(cursor.token())) {
                return lastId;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new ValidationException("cursor", "is not a cursor of an account search: " + cursor.token());
    }

    /** JPQL conditions joined by {@code and}, with their parameters. */
    private static final class Conditions {
        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();

        void add(String clause, String parameter, Object value) {
            clauses.add(clause);
            parameters.put(parameter, value);
        }

        String jpql() {
            return String.join(" and ", clauses);
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }
}
