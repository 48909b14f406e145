package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactList;
import org.smartbizflow.crm.contact.ContactListId;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.port.out.ContactListRepository;
import org.smartbizflow.crm.jpa.internal.shared.PersistenceFailures;
import org.smartbizflow.crm.shared.Cursor;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Static lists in {@code crm_contact_list} and {@code crm_contact_list_member}. Members are read
 * as contacts that match the caller's restriction (compiled like segment criteria) and have a
 * membership row, keyset-paged on the contact id; counts are one COUNT query. Foreign keys
 * delete the memberships of a deleted list or contact.
 */
public final class JpaContactListRepository implements ContactListRepository {

    private static final String RECORD_TYPE = "ContactList";
    private static final String MEMBER = " and exists (select m.contactId from CrmContactListMember m"
            + " where m.listId = :list and m.contactId = c.id and m.tenantId = c.tenantId)";

    private final Supplier<EntityManager> entityManager;
    private final JpaContactRepository contacts;

    public JpaContactListRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
        this.contacts = new JpaContactRepository(entityManager);
    }

    /** The entity classes this adapter maps. */
    public static List<Class<?>> entityClasses() {
        return List.of(ContactListEntity.class, ListMemberRow.class);
    }

    @Override
    public void insert(ContactList list) {
        Preconditions.notNull(list, "list");
        EntityManager em = entityManager.get();
        if (em.find(ContactListEntity.class, list.id().value()) != null) {
            throw new ValidationException("id", "a list with id " + list.id() + " already exists");
        }
        checkName(list);
        em.persist(new ContactListEntity(list));
        flush(em, list.name());
    }

    @Override
    public void update(ContactList list) {
        Preconditions.notNull(list, "list");
        ContactListEntity row = row(list.tenantId(), list.id())
                .orElseThrow(() -> new NotFoundException(RECORD_TYPE, list.id()));
        checkName(list);
        row.rename(list.name());
        flush(entityManager.get(), list.name());
    }

    @Override
    public boolean delete(TenantId tenantId, ContactListId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        Optional<ContactListEntity> row = row(tenantId, id);
        if (row.isEmpty()) {
            return false;
        }
        EntityManager em = entityManager.get();
        em.createQuery("delete from CrmContactListMember m where m.listId = :list")
                .setParameter("list", id.value()).executeUpdate();
        em.remove(row.get());
        em.flush();
        return true;
    }

    private Optional<ContactListEntity> row(TenantId tenantId, ContactListId id) {
        ContactListEntity row = entityManager.get().find(ContactListEntity.class, id.value());
        return row != null && row.tenantId().equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    @Override
    public Optional<ContactList> find(TenantId tenantId, ContactListId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return row(tenantId, id).map(ContactListEntity::toDomain);
    }

    @Override
    public Optional<ContactList> findByName(TenantId tenantId, String name) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(name, "name");
        return entityManager.get()
                .createQuery("select l from CrmContactList l where l.tenantId = :tenant and l.nameKey = :key",
                        ContactListEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("key", SegmentEntity.key(name))
                .getResultStream().findFirst().map(ContactListEntity::toDomain);
    }

    @Override
    public List<ContactList> all(TenantId tenantId) {
        Preconditions.notNull(tenantId, "tenantId");
        return entityManager.get()
                .createQuery("select l from CrmContactList l where l.tenantId = :tenant order by l.nameKey, l.name",
                        ContactListEntity.class)
                .setParameter("tenant", tenantId.value())
                .getResultStream().map(ContactListEntity::toDomain).toList();
    }

    @Override
    public boolean addMember(TenantId tenantId, ContactListId listId, ContactId contactId, Instant addedAt) {
        Preconditions.notNull(contactId, "contactId");
        Preconditions.notNull(addedAt, "addedAt");
        requireList(tenantId, listId);
        EntityManager em = entityManager.get();
        if (em.find(ListMemberRow.class, new ListMemberKey(listId.value(), contactId.value())) != null) {
            return false;
        }
        em.persist(new ListMemberRow(listId.value(), contactId.value(), tenantId.value(), addedAt));
        em.flush();
        return true;
    }

    @Override
    public boolean removeMember(TenantId tenantId, ContactListId listId, ContactId contactId) {
        Preconditions.notNull(contactId, "contactId");
        requireList(tenantId, listId);
        EntityManager em = entityManager.get();
        ListMemberRow row = em.find(ListMemberRow.class, new ListMemberKey(listId.value(), contactId.value()));
        if (row == null || !row.tenantId().equals(tenantId.value())) {
            return false;
        }
        em.remove(row);
        em.flush();
        return true;
    }

    @Override
    public int removeFromAll(TenantId tenantId, ContactId contactId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(contactId, "contactId");
        EntityManager em = entityManager.get();
        List<ListMemberRow> rows = em.createQuery("select m from CrmContactListMember m where m.tenantId = :tenant"
                        + " and m.contactId = :contact", ListMemberRow.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("contact", contactId.value())
                .getResultList();
        rows.forEach(em::remove);
        em.flush();
        int removed = rows.size();
        return removed;
    }

    @Override
    public Page<ContactView> members(TenantId tenantId, ContactListId listId, ContactCriteria restriction,
                                     PageRequest page) {
        Preconditions.notNull(restriction, "restriction");
        Preconditions.notNull(page, "page");
        requireList(tenantId, listId);
        CriteriaQuery where = CriteriaQuery.compile(tenantId.value(), restriction);
        String after = page.cursor().isPresent() ? " and c.id > :after" : "";
        TypedQuery<ContactEntity> query = entityManager.get()
                .createQuery("select c from CrmContact c where " + where.jpql() + MEMBER + after
                                + " order by c.tenantId, c.id",
                        ContactEntity.class)
                .setParameter("list", listId.value())
                .setMaxResults(page.size() + 1);
        where.bind(query);
        page.cursor().ifPresent(cursor -> query.setParameter("after", JpaContactRepository.decode(cursor)));
        List<ContactEntity> rows = query.getResultList();
        boolean more = rows.size() > page.size();
        List<ContactView> items = contacts.toViews(more ? rows.subList(0, page.size()) : rows);
        return more ? new Page<>(items, Cursor.of(items.get(items.size() - 1).id().toString())) : Page.last(items);
    }

    @Override
    public long count(TenantId tenantId, ContactListId listId, ContactCriteria restriction) {
        Preconditions.notNull(restriction, "restriction");
        requireList(tenantId, listId);
        CriteriaQuery where = CriteriaQuery.compile(tenantId.value(), restriction);
        TypedQuery<Long> query = entityManager.get()
                .createQuery("select count(c) from CrmContact c where " + where.jpql() + MEMBER, Long.class)
                .setParameter("list", listId.value());
        where.bind(query);
        return query.getSingleResult();
    }

    private void requireList(TenantId tenantId, ContactListId listId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(listId, "listId");
        if (row(tenantId, listId).isEmpty()) {
            throw new NotFoundException(RECORD_TYPE, listId);
        }
    }

    private void checkName(ContactList list) {
        findByName(list.tenantId(), list.name()).filter(other -> !other.id().equals(list.id()))
                .ifPresent(other -> {
                    throw new ValidationException("name", "is taken by another list: " + other.name());
                });
    }

    private static void flush(EntityManager em, String name) {
        try {
            em.flush();
        } catch (PersistenceException failure) {
            if (PersistenceFailures.isIntegrityViolation(failure)) {
                throw new ValidationException("name", "is taken by another list: " + name);
            }
            throw failure;
        }
    }
}
