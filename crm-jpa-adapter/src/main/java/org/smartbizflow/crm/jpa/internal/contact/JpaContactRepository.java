package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.smartbizflow.crm.contact.Contact;
import org.smartbizflow.crm.contact.ContactEmail;
import org.smartbizflow.crm.contact.ContactFilter;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.DuplicateContactException;
import org.smartbizflow.crm.contact.port.out.ContactRepository;
import org.smartbizflow.crm.jpa.internal.shared.PersistenceFailures;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.Cursor;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Contacts in {@code crm_contact} and its child tables. Every query names the tenant; searches
 * are keyset-paged on the primary key and load the child rows of a whole page with one query
 * per child table. The unique index on (tenant, e-mail) backs the one-contact-per-mailbox rule
 * against concurrent writers; the checks before each write give the friendlier refusal.
 */
public final class JpaContactRepository implements ContactRepository {

    /** The escape character for LIKE patterns; not a backslash, which MySQL-family parsers treat specially. */
    private static final char LIKE_ESCAPE = '!';
    private static final String RECORD_TYPE = "Contact";
    /** Addresses per look-up query: well inside the IN-list and bind-parameter limits of every vendor. */
    private static final int LOOKUP_BATCH = 500;

    private final Supplier<EntityManager> entityManager;

    public JpaContactRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** The entity classes this adapter maps. */
    public static List<Class<?>> entityClasses() {
        return List.of(ContactEntity.class, ContactEmailRow.class, ContactPhoneRow.class, ContactSocialRow.class,
                ContactTagRow.class, ContactFieldRow.class);
    }

    @Override
    public Optional<Contact> find(TenantId tenantId, ContactId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return row(tenantId, id).map(row -> toViews(List.of(row)).get(0)).map(Contact::restore);
    }

    private Optional<ContactEntity> row(TenantId tenantId, ContactId id) {
        ContactEntity row = entityManager.get().find(ContactEntity.class, id.value());
        return row != null && row.tenantId().equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    @Override
    public void insert(Contact contact) {
        Preconditions.notNull(contact, "contact");
        ContactView state = contact.view();
        EntityManager em = entityManager.get();
        if (em.find(ContactEntity.class, state.id().value()) != null) {
            throw new ValidationException("id", "a contact with id " + state.id() + " already exists");
        }
        checkAddresses(state);
        ContactEntity row = ContactMapper.newRow(state);
        em.persist(row);
        ContactMapper.childRows(state, row).children().forEach(rows -> rows.forEach(em::persist));
        flush(em);
    }

    @Override
    public void update(Contact contact) {
        Preconditions.notNull(contact, "contact");
        ContactView state = contact.view();
        ContactEntity row = row(state.tenantId(), state.id())
                .orElseThrow(() -> new NotFoundException(RECORD_TYPE, state.id()));
        if (row.version() != state.version()) {
            throw new ConcurrencyConflictException(RECORD_TYPE, state.id(), state.version());
        }
        checkAddresses(state);
        EntityManager em = entityManager.get();
        boolean rowChanged = ContactMapper.copyInto(state, row);
        ContactMapper.Rows wanted = ContactMapper.childRows(state, row);
        ContactMapper.Rows stored = loadChildren(state.tenantId(), List.of(state.id().value()));
        boolean childrenChanged = false;
        List<List<? extends ContactChildRow>> wantedLists = wanted.children();
        List<List<? extends ContactChildRow>> storedLists = stored.children();
        List<List<? extends ContactChildRow>> replaced = new ArrayList<>();
        for (int i = 0; i < wantedLists.size(); i++) {
            if (!contents(wantedLists.get(i)).equals(contents(storedLists.get(i)))) {
                storedLists.get(i).forEach(em::remove);
                replaced.add(wantedLists.get(i));
                childrenChanged = true;
            }
        }
        if (!rowChanged && !childrenChanged) {
            return;
        }
        try {
            if (!rowChanged) {
                // Only child rows differ: advance the contact's version all the same, so that the
                // port's promise (one version per update) and concurrent-writer detection hold.
                em.lock(row, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            }
            // Deletes must reach the database before the new rows, which may reuse their keys
            // and addresses; the provider would otherwise run the inserts first.
            em.flush();
        } catch (OptimisticLockException lost) {
            throw PersistenceFailures.translate(lost);
        }
        replaced.forEach(rows -> rows.forEach(em::persist));
        flush(em);
    }

    private static List<Object> contents(List<? extends ContactChildRow> rows) {
        return rows.stream().sorted(java.util.Comparator.comparingInt(ContactChildRow::seq))
                .map(ContactChildRow::content).toList();
    }

    /** Flushes, so that a lost update or a taken address is reported to this caller. */
    private static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException lost) {
            throw PersistenceFailures.translate(lost);
        } catch (PersistenceException failure) {
            if (isUniqueViolation(failure)) {
                throw new DuplicateContactException(null, null);
            }
            throw failure;
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** Refuses addresses that another contact of the tenant holds. */
    private void checkAddresses(ContactView state) {
        List<String> emails = state.profile().emails().stream().map(ContactEmail::address).map(EmailAddress::value)
                .toList();
        if (emails.isEmpty()) {
            return;
        }
        List<ContactEmailRow> taken = entityManager.get()
                .createQuery("select e from CrmContactEmail e where e.tenantId = :tenant and e.email in :emails"
                        + " and e.contactId <> :id", ContactEmailRow.class)
                .setParameter("tenant", state.tenantId().value())
                .setParameter("emails", emails)
                .setParameter("id", state.id().value())
                .getResultList();
        if (!taken.isEmpty()) {
            ContactEmailRow first = taken.get(0);
            throw new DuplicateContactException(EmailAddress.of(first.email()), ContactId.of(first.contactId()));
        }
    }

    @Override
    public void delete(TenantId tenantId, ContactId id, long expectedVersion) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        ContactEntity row = row(tenantId, id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
        if (row.version() != expectedVersion) {
            throw new ConcurrencyConflictException(RECORD_TYPE, id, expectedVersion);
        }
        EntityManager em = entityManager.get();
        loadChildren(tenantId, List.of(id.value())).children().forEach(rows -> rows.forEach(em::remove));
        em.remove(row);
        flush(em);
    }

    @Override
    public Optional<ContactView> findByEmail(TenantId tenantId, EmailAddress email) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(email, "email");
        List<UUID> ids = entityManager.get()
                .createQuery("select e.contactId from CrmContactEmail e where e.tenantId = :tenant and e.email = :email",
                        UUID.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("email", email.value())
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return row(tenantId, ContactId.of(ids.get(0))).map(row -> toViews(List.of(row)).get(0));
    }

    /** One query per slice of addresses, through the normalised address of the e-mail child table. */
    @Override
    public List<ContactView> findByEmails(TenantId tenantId, Collection<EmailAddress> emails) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(emails, "emails");
        List<String> values = emails.stream().map(EmailAddress::value).distinct().toList();
        Map<ContactId, ContactView> found = new LinkedHashMap<>();
        for (int from = 0; from < values.size(); from += LOOKUP_BATCH) {
            List<String> slice = values.subList(from, Math.min(values.size(), from + LOOKUP_BATCH));
            List<ContactEntity> rows = entityManager.get()
                    .createQuery("select c from CrmContact c where c.tenantId = :tenant and c.id in"
                            + " (select e.contactId from CrmContactEmail e where e.tenantId = :tenant"
                            + " and e.email in :emails) order by c.id", ContactEntity.class)
                    .setParameter("tenant", tenantId.value())
                    .setParameter("emails", slice)
                    .getResultList();
            toViews(rows).forEach(view -> found.putIfAbsent(view.id(), view));
        }
        return List.copyOf(found.values());
    }

    @Override
    public Page<ContactView> search(TenantId tenantId, ContactFilter filter, PageRequest page) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Preconditions.notNull(page, "page");
        Conditions where = conditions(tenantId, filter);
        page.cursor().ifPresent(cursor -> where.add("c.id > :after", "after", decode(cursor)));
        // tenant first, so H2 reads the page in order from the (tenant_id, id) index (see accounts)
        TypedQuery<ContactEntity> query = entityManager.get()
                .createQuery("select c from CrmContact c where " + where.jpql() + " order by c.tenantId, c.id",
                        ContactEntity.class)
                .setMaxResults(page.size() + 1);
        where.bind(query);
        List<ContactEntity> rows = query.getResultList();
        boolean more = rows.size() > page.size();
        List<ContactView> items = toViews(more ? rows.subList(0, page.size()) : rows);
        return more ? new Page<>(items, Cursor.of(items.get(items.size() - 1).id().toString())) : Page.last(items);
    }

    @Override
    public long count(TenantId tenantId, ContactFilter filter) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Conditions where = conditions(tenantId, filter);
        TypedQuery<Long> query = entityManager.get()
                .createQuery("select count(c) from CrmContact c where " + where.jpql(), Long.class);
        where.bind(query);
        return query.getSingleResult();
    }

    @Override
    public Page<ContactView> search(TenantId tenantId, org.smartbizflow.crm.contact.ContactCriteria criteria,
                                    PageRequest page) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(criteria, "criteria");
        Preconditions.notNull(page, "page");
        CriteriaQuery where = CriteriaQuery.compile(tenantId.value(), criteria);
        String after = page.cursor().isPresent() ? " and c.id > :after" : "";
        TypedQuery<ContactEntity> query = entityManager.get()
                .createQuery("select c from CrmContact c where " + where.jpql() + after + " order by c.tenantId, c.id",
                        ContactEntity.class)
                .setMaxResults(page.size() + 1);
        where.bind(query);
        page.cursor().ifPresent(cursor -> query.setParameter("after", decode(cursor)));
        List<ContactEntity> rows = query.getResultList();
        boolean more = rows.size() > page.size();
        List<ContactView> items = toViews(more ? rows.subList(0, page.size()) : rows);
        return more ? new Page<>(items, Cursor.of(items.get(items.size() - 1).id().toString())) : Page.last(items);
    }

    /** One COUNT query; no contact is loaded. */
    @Override
    public long count(TenantId tenantId, org.smartbizflow.crm.contact.ContactCriteria criteria) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(criteria, "criteria");
        CriteriaQuery where = CriteriaQuery.compile(tenantId.value(), criteria);
        TypedQuery<Long> query = entityManager.get()
                .createQuery("select count(c) from CrmContact c where " + where.jpql(), Long.class);
        where.bind(query);
        return query.getSingleResult();
    }

    /** The views of these rows, with their child rows loaded by one query per child table. */
    List<ContactView> toViews(List<ContactEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        TenantId tenant = TenantId.of(rows.get(0).tenantId());
        ContactMapper.Rows children = loadChildren(tenant, rows.stream().map(ContactEntity::id).toList());
        Map<UUID, List<ContactEmailRow>> emails = byContact(children.emails());
        Map<UUID, List<ContactPhoneRow>> phones = byContact(children.phones());
        Map<UUID, List<ContactSocialRow>> socials = byContact(children.socials());
        Map<UUID, List<ContactTagRow>> tags = byContact(children.tags());
        Map<UUID, List<ContactFieldRow>> fields = byContact(children.fields());
        List<ContactView> views = new ArrayList<>(rows.size());
        for (ContactEntity row : rows) {
            UUID id = row.id();
            views.add(ContactMapper.toView(new ContactMapper.Rows(row, emails.getOrDefault(id, List.of()),
                    phones.getOrDefault(id, List.of()), socials.getOrDefault(id, List.of()),
                    tags.getOrDefault(id, List.of()), fields.getOrDefault(id, List.of()))));
        }
        return views;
    }

    private static <R extends ContactChildRow> Map<UUID, List<R>> byContact(List<R> rows) {
        Map<UUID, List<R>> grouped = new HashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(row.contactId(), k -> new ArrayList<>()).add(row));
        return grouped;
    }

    private ContactMapper.Rows loadChildren(TenantId tenant, Collection<UUID> ids) {
        return new ContactMapper.Rows(null, children(ContactEmailRow.class, "CrmContactEmail", tenant, ids),
                children(ContactPhoneRow.class, "CrmContactPhone", tenant, ids),
                children(ContactSocialRow.class, "CrmContactSocial", tenant, ids),
                children(ContactTagRow.class, "CrmContactTag", tenant, ids),
                children(ContactFieldRow.class, "CrmContactField", tenant, ids));
    }

    private <R> List<R> children(Class<R> type, String entity, TenantId tenant, Collection<UUID> ids) {
        return entityManager.get()
                .createQuery("select r from " + entity + " r where r.tenantId = :tenant and r.contactId in :ids"
                        + " order by r.contactId, r.seq", type)
                .setParameter("tenant", tenant.value())
                .setParameter("ids", ids)
                .getResultList();
    }

    private static Conditions conditions(TenantId tenantId, ContactFilter filter) {
        Conditions where = new Conditions();
        where.add("c.tenantId = :tenant", "tenant", tenantId.value());
        if (!filter.includeErased()) {
            where.add("c.erasedAt is null", null, null);
        }
        if (!filter.owners().isEmpty()) {
            where.add("c.ownerId in :owners", "owners", filter.owners().stream().map(o -> o.value()).sorted().toList());
        }
        if (!filter.accounts().isEmpty()) {
            where.add("c.accountId in :accounts", "accounts",
                    filter.accounts().stream().map(a -> a.value()).sorted().toList());
        }
        if (!filter.tags().isEmpty()) {
            where.add("exists (select t.seq from CrmContactTag t where t.tenantId = c.tenantId and t.contactId = c.id"
                    + " and t.tag in :tags)", "tags", filter.tags().stream().map(t -> t.value()).sorted().toList());
        }
        if (filter.text() != null) {
            String escape = " escape '" + LIKE_ESCAPE + "'";
            where.add("(lower(c.name) like :text" + escape + " or exists (select e.seq from CrmContactEmail e"
                    + " where e.tenantId = c.tenantId and e.contactId = c.id and e.email like :text" + escape + "))",
                    "text", containsPattern(filter.text()));
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

    static UUID decode(Cursor cursor) {
        try {
            UUID lastId = UUID.fromString(cursor.token());
            if (lastId.toString().equals(cursor.token())) {
                return lastId;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new ValidationException("cursor", "is not a cursor of a contact search: " + cursor.token());
    }

    /** JPQL conditions joined by {@code and}, with their parameters. */
    private static final class Conditions {
        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();

        void add(String clause, String parameter, Object value) {
            clauses.add(clause);
            if (parameter != null) {
                parameters.put(parameter, value);
            }
        }

        String jpql() {
            return String.join(" and ", clauses);
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }
}
