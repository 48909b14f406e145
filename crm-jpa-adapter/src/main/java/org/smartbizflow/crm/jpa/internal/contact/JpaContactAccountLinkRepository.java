package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.RelationshipGraph;
import org.smartbizflow.crm.contact.AccountNetwork;
import org.smartbizflow.crm.contact.ContactAccountLink;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactLinkFilter;
import org.smartbizflow.crm.contact.port.out.ContactAccountLinkRepository;
import org.smartbizflow.crm.shared.Cursor;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Contact-account links in {@code crm_contact_account_link}. The people around an account graph
 * come from one query joining the links of the graph's accounts to their contacts; the links
 * of one account are keyset-paged on the link id.
 */
public final class JpaContactAccountLinkRepository implements ContactAccountLinkRepository {

    private static final String RECORD_TYPE = "ContactAccountLink";
    /** The graph's accounts are bound as one IN list; the graph walk keeps that list small. */
    private static final String ACTIVE = " and (l.startsOn is null or l.startsOn <= :day)"
            + " and (l.endsOn is null or l.endsOn >= :day)";

    private final Supplier<EntityManager> entityManager;

    public JpaContactAccountLinkRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** The entity classes this adapter maps. */
    public static List<Class<?>> entityClasses() {
        return List.of(ContactAccountLinkEntity.class);
    }

    @Override
    public void insert(ContactAccountLink link) {
        Preconditions.notNull(link, "link");
        EntityManager em = entityManager.get();
        if (em.find(ContactAccountLinkEntity.class, link.id()) != null) {
            throw new ValidationException("id", "a link with id " + link.id() + " already exists");
        }
        em.persist(new ContactAccountLinkEntity(link));
        em.flush();
    }

    @Override
    public void update(ContactAccountLink link) {
        Preconditions.notNull(link, "link");
        ContactAccountLinkEntity row = row(link.tenantId(), link.id())
                .orElseThrow(() -> new NotFoundException(RECORD_TYPE, link.id()));
        row.copy(link);
        entityManager.get().flush();
    }

    @Override
    public boolean delete(TenantId tenantId, UUID id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        Optional<ContactAccountLinkEntity> row = row(tenantId, id);
        row.ifPresent(entityManager.get()::remove);
        entityManager.get().flush();
        return row.isPresent();
    }

    @Override
    public int deleteOfContact(TenantId tenantId, ContactId contactId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(contactId, "contactId");
        List<ContactAccountLinkEntity> rows = rowsOf(tenantId, contactId);
        EntityManager em = entityManager.get();
        rows.forEach(em::remove);
        em.flush();
        return rows.size();
    }

    private Optional<ContactAccountLinkEntity> row(TenantId tenantId, UUID id) {
        ContactAccountLinkEntity row = entityManager.get().find(ContactAccountLinkEntity.class, id);
        return row != null && row.tenantId().equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    private List<ContactAccountLinkEntity> rowsOf(TenantId tenantId, ContactId contactId) {
        return entityManager.get().createQuery("select l from CrmContactAccountLink l where l.tenantId = :tenant"
                        + " and l.contactId = :contact order by l.id", ContactAccountLinkEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("contact", contactId.value())
                .getResultList();
    }

    @Override
    public Optional<ContactAccountLink> find(TenantId tenantId, UUID id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return row(tenantId, id).map(ContactAccountLinkEntity::toDomain);
    }

    @Override
    public List<ContactAccountLink> ofContact(TenantId tenantId, ContactId contactId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(contactId, "contactId");
        return rowsOf(tenantId, contactId).stream().map(ContactAccountLinkEntity::toDomain).toList();
    }

    @Override
    public Page<ContactAccountLink> ofAccount(TenantId tenantId, AccountId accountId, ContactLinkFilter filter,
                                              PageRequest page) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(accountId, "accountId");
        Preconditions.notNull(filter, "filter");
        Preconditions.notNull(page, "page");
        StringBuilder jpql = new StringBuilder("select l from CrmContactAccountLink l where l.tenantId = :tenant"
                + " and l.accountId = :account");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", tenantId.value());
        parameters.put("account", accountId.value());
        if (!filter.types().isEmpty()) {
            jpql.append(" and l.type in :types");
            parameters.put("types", filter.types().stream().map(Enum::name).sorted().toList());
        }
        if (filter.currentOn() != null) {
            jpql.append(ACTIVE);
            parameters.put("day", filter.currentOn());
        }
        if (!filter.owners().isEmpty()) {
            jpql.append(" and exists (select c.id from CrmContact c where c.id = l.contactId"
                    + " and c.tenantId = l.tenantId and c.ownerId in :owners)");
            parameters.put("owners", filter.owners().stream().map(UserId::value).sorted().toList());
        }
        page.cursor().ifPresent(cursor -> {
            jpql.append(" and l.id > :after");
            parameters.put("after", decode(cursor));
        });
        TypedQuery<ContactAccountLinkEntity> query = entityManager.get()
                .createQuery(jpql + " order by l.id", ContactAccountLinkEntity.class)
                .setMaxResults(page.size() + 1);
        parameters.forEach(query::setParameter);
        List<ContactAccountLink> rows = query.getResultStream().map(ContactAccountLinkEntity::toDomain).toList();
        boolean more = rows.size() > page.size();
        List<ContactAccountLink> items = more ? rows.subList(0, page.size()) : rows;
        return more ? new Page<>(items, Cursor.of(items.get(items.size() - 1).id().toString())) : Page.last(items);
    }

    @Override
    public AccountNetwork network(TenantId tenantId, RelationshipGraph accounts, LocalDate day) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(accounts, "accounts");
        Preconditions.notNull(day, "day");
        Map<UUID, Integer> distance = new HashMap<>();
        accounts.nodes().stream().filter(n -> n.distance() < accounts.depth())
                .forEach(n -> distance.put(n.id().value(), n.distance()));
        if (distance.isEmpty()) {
            return new AccountNetwork(accounts, List.of(), List.of());
        }
        List<Object[]> rows = entityManager.get()
                .createQuery("select l, c.name, c.ownerId from CrmContactAccountLink l, CrmContact c"
                        + " where l.tenantId = :tenant and l.accountId in :accounts" + ACTIVE
                        + " and c.id = l.contactId and c.tenantId = l.tenantId order by l.id", Object[].class)
                .setParameter("tenant", tenantId.value())
                .setParameter("accounts", new ArrayList<>(distance.keySet()))
                .setParameter("day", day)
                .getResultList();
        List<ContactAccountLink> links = new ArrayList<>(rows.size());
        Map<ContactId, AccountNetwork.ContactNode> nodes = new LinkedHashMap<>();
        for (Object[] row : rows) {
            ContactAccountLink link = ((ContactAccountLinkEntity) row[0]).toDomain();
            links.add(link);
            int hops = distance.get(link.accountId().value()) + 1;
            nodes.merge(link.contactId(), new AccountNetwork.ContactNode(link.contactId(), (String) row[1],
                    UserId.of((String) row[2]), hops), (a, b) -> a.distance() <= b.distance() ? a : b);
        }
        List<AccountNetwork.ContactNode> ordered = nodes.values().stream()
                .sorted(Comparator.comparingInt(AccountNetwork.ContactNode::distance)
                        .thenComparing(n -> n.id().value(), JpaContactAccountLinkRepository::unsigned))
                .toList();
        return new AccountNetwork(accounts, ordered, links);
    }

    /** UUIDs in the order of their bytes, as the databases and the in-memory store sort them. */
    private static int unsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    private static UUID decode(Cursor cursor) {
        try {
            UUID last = UUID.fromString(cursor.token());
            if (last.toString().equals(cursor.token())) {
                return last;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new ValidationException("cursor", "is not a cursor of an account's contact links: " + cursor.token());
    }
}
