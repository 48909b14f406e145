package org.smartbizflow.crm.core.inmemory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.RelationshipGraph;
import org.smartbizflow.crm.contact.AccountNetwork;
import org.smartbizflow.crm.contact.ContactAccountLink;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactLinkFilter;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.port.out.ContactAccountLinkRepository;
import org.smartbizflow.crm.contact.port.out.ContactRepository;
import org.smartbizflow.crm.shared.Cursor;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Contact-account links in memory, one sorted map per tenant. A link whose contact is no
 * longer stored is treated as gone, as the databases' cascading foreign key removes it.
 */
public final class InMemoryContactAccountLinkRepository implements ContactAccountLinkRepository {

    private final InMemoryTransactionRunner transactions;
    private final ContactRepository contacts;
    private final Map<TenantId, NavigableMap<UUID, ContactAccountLink>> byTenant = new ConcurrentHashMap<>();

    public InMemoryContactAccountLinkRepository(InMemoryTransactionRunner transactions, ContactRepository contacts) {
        this.transactions = transactions;
        this.contacts = contacts;
    }

    private NavigableMap<UUID, ContactAccountLink> tenant(TenantId tenantId) {
        return byTenant.computeIfAbsent(tenantId, t -> new ConcurrentSkipListMap<>(UuidOrder.UNSIGNED));
    }

    private Optional<ContactView> contact(TenantId tenantId, ContactId id) {
        return contacts.find(tenantId, id).map(c -> c.view());
    }

    /** The link if its contact is still stored. */
    private boolean live(ContactAccountLink link) {
        return contact(link.tenantId(), link.contactId()).isPresent();
    }

    @Override
    public void insert(ContactAccountLink link) {
        transactions.write(() -> {
            NavigableMap<UUID, ContactAccountLink> links = tenant(link.tenantId());
            if (links.containsKey(link.id())) {
                throw new ValidationException("id", "a link with id " + link.id() + " already exists");
            }
            links.put(link.id(), link);
            transactions.onRollback(() -> links.remove(link.id(), link));
            return null;
        });
    }

    @Override
    public void update(ContactAccountLink link) {
        transactions.write(() -> {
            NavigableMap<UUID, ContactAccountLink> links = tenant(link.tenantId());
            ContactAccountLink previous = links.get(link.id());
            if (previous == null || !live(previous)) {
                throw new NotFoundException("ContactAccountLink", link.id());
            }
            links.put(link.id(), link);
            transactions.onRollback(() -> links.put(link.id(), previous));
            return null;
        });
    }

    @Override
    public boolean delete(TenantId tenantId, UUID id) {
        return transactions.write(() -> {
            NavigableMap<UUID, ContactAccountLink> links = tenant(tenantId);
            ContactAccountLink previous = links.remove(id);
            if (previous == null) {
                return false;
            }
            transactions.onRollback(() -> links.put(id, previous));
            return live(previous);
        });
    }

    @Override
    public int deleteOfContact(TenantId tenantId, ContactId contactId) {
        return transactions.write(() -> {
            int removed = 0;
            for (ContactAccountLink link : List.copyOf(tenant(tenantId).values())) {
                if (link.contactId().equals(contactId) && delete(tenantId, link.id())) {
                    removed++;
                }
            }
            return removed;
        });
    }

    @Override
    public Optional<ContactAccountLink> find(TenantId tenantId, UUID id) {
        return transactions.read(() -> Optional.ofNullable(tenant(tenantId).get(id)).filter(this::live));
    }

    @Override
    public List<ContactAccountLink> ofContact(TenantId tenantId, ContactId contactId) {
        return transactions.read(() -> tenant(tenantId).values().stream()
                .filter(l -> l.contactId().equals(contactId)).filter(this::live).toList());
    }

    @Override
    public Page<ContactAccountLink> ofAccount(TenantId tenantId, AccountId accountId, ContactLinkFilter filter,
                                              PageRequest page) {
        return transactions.read(() -> {
            NavigableMap<UUID, ContactAccountLink> links = tenant(tenantId);
            NavigableMap<UUID, ContactAccountLink> rest = page.after() == null ? links
                    : links.tailMap(InMemoryContactRepository.decode(page.after()), false);
            List<ContactAccountLink> items = new ArrayList<>(page.size());
            for (ContactAccountLink link : rest.values()) {
                if (!link.accountId().equals(accountId) || !filter.admits(link)) {
                    continue;
                }
                Optional<ContactView> contact = contact(tenantId, link.contactId());
                if (contact.isEmpty() || !filter.owners().isEmpty()
                        && !filter.owners().contains(contact.get().ownerId())) {
                    continue;
                }
                if (items.size() == page.size()) {
                    return new Page<>(items, Cursor.of(items.get(items.size() - 1).id().toString()));
                }
                items.add(link);
            }
            return Page.last(items);
        });
    }

    @Override
    public AccountNetwork network(TenantId tenantId, RelationshipGraph accounts, LocalDate day) {
        return transactions.read(() -> {
            Map<AccountId, Integer> distance = new HashMap<>();
            accounts.nodes().stream().filter(n -> n.distance() < accounts.depth())
                    .forEach(n -> distance.put(n.id(), n.distance()));
            List<ContactAccountLink> links = new ArrayList<>();
            Map<ContactId, AccountNetwork.ContactNode> nodes = new HashMap<>();
            for (ContactAccountLink link : tenant(tenantId).values()) {
                Integer hops = distance.get(link.accountId());
                if (hops == null || !link.activeOn(day)) {
                    continue;
                }
                Optional<ContactView> contact = contact(tenantId, link.contactId());
                if (contact.isEmpty()) {
                    continue;
                }
                links.add(link);
                nodes.merge(link.contactId(), new AccountNetwork.ContactNode(link.contactId(), contact.get().name(),
                        contact.get().ownerId(), hops + 1), (a, b) -> a.distance() <= b.distance() ? a : b);
            }
            List<AccountNetwork.ContactNode> ordered = nodes.values().stream()
                    .sorted(Comparator.comparingInt(AccountNetwork.ContactNode::distance)
                            .thenComparing(n -> n.id().value(), UuidOrder.UNSIGNED))
                    .toList();
            return new AccountNetwork(accounts, ordered, links);
        });
    }
}
