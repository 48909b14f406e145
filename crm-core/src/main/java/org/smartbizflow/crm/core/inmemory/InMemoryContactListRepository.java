package org.smartbizflow.crm.core.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactList;
import org.smartbizflow.crm.contact.ContactListId;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.port.out.ContactListRepository;
import org.smartbizflow.crm.contact.port.out.ContactRepository;
import org.smartbizflow.crm.shared.Cursor;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Static lists in memory. Members are read through the contact store, like the databases' join:
 * a contact no longer stored is on no list.
 */
public final class InMemoryContactListRepository implements ContactListRepository {

    private final InMemoryTransactionRunner transactions;
    private final ContactRepository contacts;
    private final Map<TenantId, Map<UUID, Entry>> byTenant = new ConcurrentHashMap<>();

    /** A list and its members (contact id to when it was added), in contact id order. */
    private record Entry(ContactList list, NavigableMap<UUID, Instant> members) {
    }

    public InMemoryContactListRepository(InMemoryTransactionRunner transactions, ContactRepository contacts) {
        this.transactions = transactions;
        this.contacts = contacts;
    }

    private Map<UUID, Entry> tenant(TenantId tenantId) {
        return byTenant.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>());
    }

    private Entry entry(TenantId tenantId, ContactListId id) {
        Entry entry = tenant(tenantId).get(id.value());
        if (entry == null) {
            throw new NotFoundException("ContactList", id);
        }
        return entry;
    }

    private void checkName(ContactList list) {
        String key = InMemorySegmentRepository.nameKey(list.name());
        boolean taken = tenant(list.tenantId()).values().stream().map(Entry::list)
                .anyMatch(l -> !l.id().equals(list.id()) && InMemorySegmentRepository.nameKey(l.name()).equals(key));
        if (taken) {
            throw new ValidationException("name", "is taken by another list: " + list.name());
        }
    }

    @Override
    public void insert(ContactList list) {
        transactions.write(() -> {
            Map<UUID, Entry> lists = tenant(list.tenantId());
            if (lists.containsKey(list.id().value())) {
                throw new ValidationException("id", "a list with id " + list.id() + " already exists");
            }
            checkName(list);
            Entry entry = new Entry(list, new ConcurrentSkipListMap<>(UuidOrder.UNSIGNED));
            lists.put(list.id().value(), entry);
            transactions.onRollback(() -> lists.remove(list.id().value(), entry));
            return null;
        });
    }

    @Override
    public void update(ContactList list) {
        transactions.write(() -> {
            Map<UUID, Entry> lists = tenant(list.tenantId());
            Entry previous = entry(list.tenantId(), list.id());
            checkName(list);
            lists.put(list.id().value(), new Entry(list, previous.members()));
            transactions.onRollback(() -> lists.put(list.id().value(), previous));
            return null;
        });
    }

    @Override
    public boolean delete(TenantId tenantId, ContactListId id) {
        return transactions.write(() -> {
            Map<UUID, Entry> lists = tenant(tenantId);
            Entry previous = lists.remove(id.value());
            if (previous != null) {
                transactions.onRollback(() -> lists.put(id.value(), previous));
            }
            return previous != null;
        });
    }

    @Override
    public Optional<ContactList> find(TenantId tenantId, ContactListId id) {
        return transactions.read(() -> Optional.ofNullable(tenant(tenantId).get(id.value())).map(Entry::list));
    }

    @Override
    public Optional<ContactList> findByName(TenantId tenantId, String name) {
        String key = InMemorySegmentRepository.nameKey(name.strip());
        return transactions.read(() -> tenant(tenantId).values().stream().map(Entry::list)
                .filter(l -> InMemorySegmentRepository.nameKey(l.name()).equals(key)).findFirst());
    }

    @Override
    public List<ContactList> all(TenantId tenantId) {
        return transactions.read(() -> tenant(tenantId).values().stream().map(Entry::list)
                .sorted(Comparator.comparing((ContactList l) -> InMemorySegmentRepository.nameKey(l.name()))
                        .thenComparing(ContactList::name))
                .toList());
    }

    private boolean stored(TenantId tenantId, UUID contactId) {
        return contacts.find(tenantId, ContactId.of(contactId)).isPresent();
    }

    @Override
    public boolean addMember(TenantId tenantId, ContactListId listId, ContactId contactId, Instant addedAt) {
        return transactions.write(() -> {
            NavigableMap<UUID, Instant> members = entry(tenantId, listId).members();
            UUID id = contactId.value();
            Instant previous = members.get(id);
            if (previous != null && stored(tenantId, id)) {
                return false;
            }
            members.put(id, addedAt);
            transactions.onRollback(() -> {
                if (previous == null) {
                    members.remove(id);
                } else {
                    members.put(id, previous);
                }
            });
            return true;
        });
    }

    @Override
    public boolean removeMember(TenantId tenantId, ContactListId listId, ContactId contactId) {
        return transactions.write(() -> {
            NavigableMap<UUID, Instant> members = entry(tenantId, listId).members();
            UUID id = contactId.value();
            Instant previous = members.remove(id);
            if (previous == null) {
                return false;
            }
            transactions.onRollback(() -> members.put(id, previous));
            return stored(tenantId, id);
        });
    }

    @Override
    public int removeFromAll(TenantId tenantId, ContactId contactId) {
        return transactions.write(() -> {
            int removed = 0;
            for (Entry entry : tenant(tenantId).values()) {
                if (entry.members().containsKey(contactId.value())
                        && removeMember(tenantId, entry.list().id(), contactId)) {
                    removed++;
                }
            }
            return removed;
        });
    }

    @Override
    public Page<ContactView> members(TenantId tenantId, ContactListId listId, ContactCriteria restriction,
                                     PageRequest page) {
        return transactions.read(() -> {
            NavigableMap<UUID, Instant> members = entry(tenantId, listId).members();
            NavigableMap<UUID, Instant> rest = page.after() == null ? members
                    : members.tailMap(InMemoryContactRepository.decode(page.after()), false);
            List<ContactView> items = new ArrayList<>(page.size());
            for (UUID id : rest.keySet()) {
                Optional<ContactView> contact = contacts.find(tenantId, ContactId.of(id)).map(c -> c.view());
                if (contact.isEmpty() || !restriction.matches(contact.get())) {
                    continue;
                }
                if (items.size() == page.size()) {
                    return new Page<>(items, Cursor.of(items.get(items.size() - 1).id().toString()));
                }
                items.add(contact.get());
            }
            return Page.last(items);
        });
    }

    @Override
    public long count(TenantId tenantId, ContactListId listId, ContactCriteria restriction) {
        return transactions.read(() -> entry(tenantId, listId).members().keySet().stream()
                .map(id -> contacts.find(tenantId, ContactId.of(id)))
                .filter(c -> c.isPresent() && restriction.matches(c.get().view())).count());
    }
}
