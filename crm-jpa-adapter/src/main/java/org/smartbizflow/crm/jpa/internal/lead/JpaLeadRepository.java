package org.smartbizflow.crm.jpa.internal.lead;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.smartbizflow.crm.jpa.internal.shared.PersistenceFailures;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadCount;
import org.smartbizflow.crm.lead.LeadDimension;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.port.out.LeadRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.Cursor;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Leads in {@code crm_lead}. Every query names the tenant; searches are keyset-paged on the
 * primary key (time-ordered ids, so creation order) and read one row more than the page to
 * know whether another page follows, which keeps each page one index range scan whatever
 * the table size.
 */
public final class JpaLeadRepository implements LeadRepository {

    /** The escape character for LIKE patterns; not a backslash, which MySQL-family parsers treat specially. */
    private static final char LIKE_ESCAPE = '!';
    /** Values per look-up query: well inside every database's limit on IN-list parameters. */
    private static final int EMAIL_LOOKUP_BATCH = 500;

    private final Supplier<EntityManager> entityManager;

    public JpaLeadRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** The entity classes this adapter maps. */
    public static List<Class<?>> entityClasses() {
        return List.of(LeadEntity.class);
    }

    @Override
    public Optional<Lead> find(TenantId tenantId, LeadId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return row(tenantId, id).map(LeadMapper::toView).map(Lead::restore);
    }

    private Optional<LeadEntity> row(TenantId tenantId, LeadId id) {
        LeadEntity row = entityManager.get().find(LeadEntity.class, id.value());
        return row != null && row.tenantId().equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    @Override
    public void insert(Lead lead) {
        Preconditions.notNull(lead, "lead");
        entityManager.get().persist(LeadMapper.newRow(lead.view()));
    }

    /**
     * Writes the batch as JDBC batches on the transaction's connection, after flushing what
     * the persistence context already holds so that statements keep their order.
     */
    @Override
    public void insertAll(List<Lead> leads) {
        Preconditions.notNull(leads, "leads");
        if (leads.isEmpty()) {
            return;
        }
        EntityManager em = entityManager.get();
        em.flush();
        em.runWithConnection((Connection connection) -> LeadBulkInsert.insert(connection, leads));
    }

    @Override
    public List<LeadView> findByEmails(TenantId tenantId, Collection<EmailAddress> emails) {
        Preconditions.notNull(emails, "emails");
        return findWhereIn(tenantId, "email", emails.stream().map(EmailAddress::value).distinct().toList());
    }

    @Override
    public List<LeadView> findByPhones(TenantId tenantId, Collection<PhoneNumber> phones) {
        Preconditions.notNull(phones, "phones");
        return findWhereIn(tenantId, "phone", phones.stream().map(PhoneNumber::e164).distinct().toList());
    }

    /** Leads whose column holds one of the values, in slices well inside IN-list limits. */
    private List<LeadView> findWhereIn(TenantId tenantId, String attribute, List<String> values) {
        Preconditions.notNull(tenantId, "tenantId");
        List<LeadView> found = new ArrayList<>();
        for (int from = 0; from < values.size(); from += EMAIL_LOOKUP_BATCH) {
            List<String> slice = values.subList(from, Math.min(values.size(), from + EMAIL_LOOKUP_BATCH));
            entityManager.get()
                    .createQuery("select l from CrmLead l where l.tenantId = :tenant and l." + attribute
                            + " in :values order by l.id", LeadEntity.class)
                    .setParameter("tenant", tenantId.value())
                    .setParameter("values", slice)
                    .getResultStream()
                    .forEach(row -> found.add(LeadMapper.toView(row)));
        }
        return found;
    }

    @Override
    public void update(Lead lead) {
        Preconditions.notNull(lead, "lead");
        LeadView state = lead.view();
        LeadEntity row = row(state.tenantId(), state.id())
                .orElseThrow(() -> new NotFoundException("Lead", state.id()));
        if (row.version() != state.version()) {
            throw new ConcurrencyConflictException("Lead", state.id(), state.version());
        }
        LeadMapper.copyInto(state, row);
        try {
            // Flushing here makes the version advance once per update, as the port promises, and
            // reports a concurrent writer to this caller rather than at some later commit.
            entityManager.get().flush();
        } catch (OptimisticLockException lost) {
            throw PersistenceFailures.translate(lost);
        }
    }

    @Override
    public void delete(TenantId tenantId, LeadId id, long expectedVersion) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        LeadEntity row = row(tenantId, id).orElseThrow(() -> new NotFoundException("Lead", id));
        if (row.version() != expectedVersion) {
            throw new ConcurrencyConflictException("Lead", id, expectedVersion);
        }
        EntityManager em = entityManager.get();
        em.remove(row);
        try {
            em.flush();
        } catch (OptimisticLockException lost) {
            throw PersistenceFailures.translate(lost);
        }
    }

    /** One GROUP BY query over the filtered leads; no lead is loaded. */
    @Override
    public List<LeadCount> countByStatus(TenantId tenantId, LeadFilter filter, LeadDimension dimension) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Preconditions.notNull(dimension, "dimension");
        String column = switch (dimension) {
            case SOURCE -> "l.source";
            case OWNER -> "l.ownerId";
            case STATUS -> "l.status";
            case DISQUALIFY_REASON -> "l.disqualifyReason";
        };
        Conditions where = conditions(tenantId, filter);
        TypedQuery<Object[]> query = entityManager.get().createQuery("select " + column + ", l.status, count(l) from CrmLead l where "
                + where.jpql() + " group by " + column + ", l.status", Object[].class);
        where.bind(query);
        List<LeadCount> counts = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            String group = row[0] == null ? LeadDimension.NO_REASON : (String) row[0];
            counts.add(new LeadCount(group, LeadStatus.valueOf((String) row[1]), ((Number) row[2]).longValue()));
        }
        return counts;
    }

    @Override
    public Page<LeadView> search(TenantId tenantId, LeadFilter filter, PageRequest page) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Preconditions.notNull(page, "page");
        Conditions where = conditions(tenantId, filter);
        page.cursor().ifPresent(cursor -> where.add("l.id > :after", "after", decode(cursor)));
        TypedQuery<LeadEntity> query = entityManager.get()
                .createQuery("select l from CrmLead l where " + where.jpql() + " order by l.id", LeadEntity.class)
                .setMaxResults(page.size() + 1);
        where.bind(query);
        List<LeadView> rows = new ArrayList<>(page.size() + 1);
        query.getResultStream().forEach(row -> rows.add(LeadMapper.toView(row)));
        if (rows.size() <= page.size()) {
            return Page.last(rows);
        }
        List<LeadView> items = rows.subList(0, page.size());
        return new Page<>(items, encode(items.get(items.size() - 1).id()));
    }

    @Override
    public long count(TenantId tenantId, LeadFilter filter) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Conditions where = conditions(tenantId, filter);
        TypedQuery<Long> query = entityManager.get()
                .createQuery("select count(l) from CrmLead l where " + where.jpql(), Long.class);
        where.bind(query);
        return query.getSingleResult();
    }

    private static Conditions conditions(TenantId tenantId, LeadFilter filter) {
        Conditions where = new Conditions();
        where.add("l.tenantId = :tenant", "tenant", tenantId.value());
        if (!filter.statuses().isEmpty()) {
            where.add("l.status in :statuses", "statuses", names(filter.statuses()));
        }
        if (!filter.sources().isEmpty()) {
            where.add("l.source in :sources", "sources", names(filter.sources()));
        }
        if (!filter.owners().isEmpty()) {
            where.add("l.ownerId in :owners", "owners",
                    filter.owners().stream().map(owner -> owner.value()).toList());
        }
        if (filter.createdFrom() != null) {
            where.add("l.createdAt >= :createdFrom", "createdFrom", filter.createdFrom());
        }
        if (filter.createdBefore() != null) {
            where.add("l.createdAt < :createdBefore", "createdBefore", filter.createdBefore());
        }
        if (filter.text() != null) {
            String escape = " escape '" + LIKE_ESCAPE + "'";
            where.add("(lower(l.name) like :text" + escape + " or lower(l.company) like :text" + escape
                    + " or l.email like :text" + escape + ")", "text", containsPattern(filter.text()));
        }
        return where;
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
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

    private static Cursor encode(LeadId lastId) {
        return Cursor.of(lastId.value().toString());
    }

    private static UUID decode(Cursor cursor) {
        try {
            UUID lastId = UUID.fromString(cursor.token());
            // UUID.fromString also accepts abbreviated forms; only what encode made is a cursor.
            if (lastId.toString().equals(cursor.token())) {
                return lastId;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new ValidationException("cursor", "is not a cursor of a lead search: " + cursor.token());
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
