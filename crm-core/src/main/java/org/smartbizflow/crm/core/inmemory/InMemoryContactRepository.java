package org.smartbizflow.crm.core.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.smartbizflow.crm.contact.Contact;
import org.smartbizflow.crm.contact.ContactEmail;
import org.smartbizflow.crm.contact.ContactFilter;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.DuplicateContactException;
import org.smartbizflow.crm.contact.port.out.ContactRepository;
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
 * Contacts in memory, one sorted map per tenant plus an index of e-mail addresses that plays
 * the part of the databases' unique index: same contract as the database adapters.
 */
public final class InMemoryContactRepository implements ContactRepository {

    private final InMemoryTransactionRunner transactions;
    private final Map<TenantId, Tenant> byTenant = new ConcurrentHashMap<>();

    /** One tenant's contacts and its address index. */
    private static final class Tenant {
        final NavigableMap<UUID, ContactView> contacts = new ConcurrentSkipListMap<>(UuidOrder.UNSIGNED);
        final Map<EmailAddress, UUID> emails = new ConcurrentHashMap<>();
    }

    public InMemoryContactRepository(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    private Tenant tenant(TenantId tenantId) {
        return byTenant.computeIfAbsent(tenantId, t -> new Tenant());
    }

    /** Every stored contact of every tenant, for the privacy scans of the in-memory store. */
    List<ContactView> all() {
        return transactions.read(() -> byTenant.values().stream().flatMap(t -> t.contacts.values().stream())
                .toList());
    }

    @Override
    public Optional<Contact> find(TenantId tenantId, ContactId id) {
        return transactions.read(() -> Optional.ofNullable(tenant(tenantId).contacts.get(id.value()))
                .map(Contact::restore));
    }

    @Override
    public void insert(Contact contact) {
        ContactView state = contact.view();
        transactions.write(() -> {
            Tenant tenant = tenant(state.tenantId());
            if (tenant.contacts.containsKey(state.id().value())) {
                throw new ValidationException("id", "a contact with id " + state.id() + " already exists");
            }
            checkAddresses(tenant, state);
            ContactView stored = state.withVersion(0);
            tenant.contacts.put(state.id().value(), stored);
            index(tenant, null, stored);
            transactions.onRollback(() -> {
                tenant.contacts.remove(state.id().value(), stored);
                index(tenant, stored, null);
            });
            return null;
        });
    }

    @Override
    public void update(Contact contact) {
        ContactView state = contact.view();
        transactions.write(() -> {
            Tenant tenant = tenant(state.tenantId());
            ContactView previous = tenant.contacts.get(state.id().value());
            if (previous == null) {
                throw new NotFoundException("Contact", state.id());
            }
            if (previous.version() != state.version()) {
                throw new ConcurrencyConflictException("Contact", state.id(), state.version());
            }
            checkAddresses(tenant, state);
            ContactView stored = state.withVersion(state.version() + 1);
            tenant.contacts.put(state.id().value(), stored);
            index(tenant, previous, stored);
            transactions.onRollback(() -> {
                tenant.contacts.put(state.id().value(), previous);
                index(tenant, stored, previous);
            });
            return null;
        });
    }

    @Override
    public void delete(TenantId tenantId, ContactId id, long expectedVersion) {
        transactions.write(() -> {
            Tenant tenant = tenant(tenantId);
            ContactView previous = tenant.contacts.get(id.value());
            if (previous == null) {
                throw new NotFoundException("Contact", id);
            }
            if (previous.version() != expectedVersion) {
                throw new ConcurrencyConflictException("Contact", id, expectedVersion);
            }
            tenant.contacts.remove(id.value());
            index(tenant, previous, null);
            transactions.onRollback(() -> {
                tenant.contacts.put(id.value(), previous);
                index(tenant, null, previous);
            });
            return null;
        });
    }

    private static void checkAddresses(Tenant tenant, ContactView state) {
        for (ContactEmail email : state.profile().emails()) {
            UUID holder = tenant.emails.get(email.address());
            if (holder != null && !holder.equals(state.id().value())) {
                throw new DuplicateContactException(email.address(), ContactId.of(holder));
            }
        }
    }

    private static void index(Tenant tenant, ContactView before, ContactView after) {
        if (before != null) {
            before.profile().emails().forEach(e -> tenant.emails.remove(e.address(), before.id().value()));
        }
        if (after != null) {
            after.profile().emails().forEach(e -> tenant.emails.put(e.address(), after.id().value()));
        }
    }

    @Override
    public Optional<ContactView> findByEmail(TenantId tenantId, EmailAddress email) {
        return transactions.read(() -> {
            Tenant tenant = tenant(tenantId);
            UUID holder = tenant.emails.get(email);
            return holder == null ? Optional.empty() : Optional.ofNullable(tenant.contacts.get(holder));
        });
    }

    @Override
    public List<ContactView> findByEmails(TenantId tenantId, Collection<EmailAddress> emails) {
        Preconditions.notNull(emails, "emails");
        return transactions.read(() -> {
            Tenant tenant = tenant(tenantId);
            Map<UUID, ContactView> found = new LinkedHashMap<>();
            for (EmailAddress email : emails) {
                UUID holder = tenant.emails.get(email);
                ContactView contact = holder == null ? null : tenant.contacts.get(holder);
                if (contact != null) {
                    found.putIfAbsent(holder, contact);
                }
            }
            return List.copyOf(found.values());
        });
    }

    @Override
    public Page<ContactView> search(TenantId tenantId, ContactFilter filter, PageRequest page) {
        return search(tenantId, filter::matches, page);
    }

    @Override
    public Page<ContactView> search(TenantId tenantId, org.smartbizflow.crm.contact.ContactCriteria criteria,
                                    PageRequest page) {
        return search(tenantId, criteria::matches, page);
    }

    @Override
    public long count(TenantId tenantId, org.smartbizflow.crm.contact.ContactCriteria criteria) {
        return transactions.read(() -> tenant(tenantId).contacts.values().stream().filter(criteria::matches).count());
    }

    private Page<ContactView> search(TenantId tenantId, java.util.function.Predicate<ContactView> filter,
                                     PageRequest page) {
        return transactions.read(() -> {
            NavigableMap<UUID, ContactView> contacts = tenant(tenantId).contacts;
            NavigableMap<UUID, ContactView> rest = page.after() == null ? contacts
                    : contacts.tailMap(decode(page.after()), false);
            List<ContactView> items = new ArrayList<>(page.size());
            for (ContactView contact : rest.values()) {
                if (filter.test(contact)) {
                    if (items.size() == page.size()) {
                        return new Page<>(items, Cursor.of(items.get(items.size() - 1).id().toString()));
                    }
                    items.add(contact);
                }
            }
            return Page.last(items);
        });
    }

    @Override
    public long count(TenantId tenantId, ContactFilter filter) {
        return transactions.read(() -> tenant(tenantId).contacts.values().stream().filter(filter::matches).count());
    }

    static UUID decode(Cursor cursor) {
        try {
            return UUID.fromString(cursor.token());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("page.after", "is not a cursor of this result: " + cursor.token());
        }
    }
}
