package org.smartbizflow.crm.jpa.internal.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.smartbizflow.crm.account.Account;
import org.smartbizflow.crm.account.AccountFilter;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.port.out.AccountRepository;
import org.smartbizflow.crm.jpa.internal.shared.PersistenceFailures;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.Cursor;
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
    /** The escape character for LIKE patterns; not a backslash, which MySQL-family parsers treat specially. */
    private static final char LIKE_ESCAPE = '!';
    private static final List<String> COLLECTIONS = List.of("domains", "addresses", "taxIds", "customFields", "tags");

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
        TypedQuery<AccountEntity> query = entityManager.get()
                .createQuery("select a from CrmAccount a where " + where.jpql() + " order by a.id", AccountEntity.class)
                .setMaxResults(page.size() + 1);
        where.bind(query);
        List<AccountEntity> rows = query.getResultList();
        boolean more = rows.size() > page.size();
        List<AccountEntity> pageRows = more ? rows.subList(0, page.size()) : rows;
        List<AccountView> items = views(pageRows);
        return more ? new Page<>(items, Cursor.of(items.get(items.size() - 1).id().toString())) : Page.last(items);
    }

    /** Maps rows after loading each child collection of all of them in one query per collection. */
    private List<AccountView> views(List<AccountEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(AccountEntity::id).toList();
        EntityManager em = entityManager.get();
        for (String collection : COLLECTIONS) {
            em.createQuery("select distinct a from CrmAccount a left join fetch a." + collection
                    + " where a.id in :ids", AccountEntity.class).setParameter("ids", ids).getResultList();
        }
        List<AccountView> views = new ArrayList<>(rows.size());
        rows.forEach(row -> views.add(AccountMapper.toView(row)));
        return views;
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
