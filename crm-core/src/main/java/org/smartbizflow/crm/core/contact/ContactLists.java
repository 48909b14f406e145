package org.smartbizflow.crm.core.contact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.contact.Contact;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.ContactGroupEvent;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactList;
import org.smartbizflow.crm.contact.ContactListId;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.ListMembershipReport;
import org.smartbizflow.crm.contact.ListMembershipReport.Outcome;
import org.smartbizflow.crm.contact.SegmentCount;
import org.smartbizflow.crm.contact.port.in.ChangeListMembers;
import org.smartbizflow.crm.contact.port.out.ContactListRepository;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Static lists. Like segments, a list is readable by the whole tenant and its members are cut
 * down to the contacts the caller may see; changing its name or members needs the right to
 * change the list (its owner, or whoever the policy lets), and adding a contact needs the
 * right to see that contact. Membership changes are audited per contact on the list's history.
 */
final class ContactLists {

    static final String RECORD_TYPE = "ContactList";

    private final CoreRuntime runtime;
    private final CallContext context;
    private final ContactService contacts;
    private final ContactListRepository lists;

    ContactLists(CoreRuntime runtime, CallContext context, ContactService contacts) {
        this.runtime = runtime;
        this.context = context;
        this.contacts = contacts;
        this.lists = runtime.persistence().contactLists();
    }

    ContactListId create(String name) {
        String checked = org.smartbizflow.crm.contact.Segment.checkName(name);
        runtime.requireAccess(context, Action.CREATE, new RecordAccess(RECORD_TYPE, null, context.actor().userId()));
        return runtime.transactions().inTransaction(() -> {
            Instant now = runtime.clock().instant();
            ContactList list = new ContactList(ContactListId.of(runtime.ids().next()), context.tenantId(), checked,
                    context.actor().userId(), now);
            requireFreeName(list);
            lists.insert(list);
            runtime.audit(List.of(entry(list.id(), "name", null, list.name())));
            event(list, ContactGroupEvent.Change.CREATED, now);
            return list.id();
        });
    }

    ContactList rename(ContactListId id, String name) {
        Preconditions.notNull(id, "listId");
        String checked = org.smartbizflow.crm.contact.Segment.checkName(name);
        return runtime.transactions().inTransaction(() -> {
            ContactList list = changeable(id, Action.UPDATE);
            if (list.name().equals(checked)) {
                return list;
            }
            ContactList renamed = list.renamed(checked);
            requireFreeName(renamed);
            lists.update(renamed);
            runtime.audit(List.of(entry(id, "name", list.name(), renamed.name())));
            event(renamed, ContactGroupEvent.Change.CHANGED, runtime.clock().instant());
            return renamed;
        });
    }

    void delete(ContactListId id) {
        Preconditions.notNull(id, "listId");
        runtime.transactions().inTransaction(() -> {
            ContactList list = changeable(id, Action.DELETE);
            lists.delete(context.tenantId(), id);
            runtime.audit(List.of(entry(id, "*", list.name(), null)));
            event(list, ContactGroupEvent.Change.DELETED, runtime.clock().instant());
            return null;
        });
    }

    ContactList get(ContactListId id) {
        Preconditions.notNull(id, "listId");
        return runtime.transactions().inTransaction(() -> load(id));
    }

    List<ContactList> all() {
        return runtime.transactions().inTransaction(() -> lists.all(context.tenantId()));
    }

    ListMembershipReport add(ChangeListMembers command) {
        runtime.validate(command);
        return runtime.transactions().inTransaction(() -> {
            changeable(command.listId(), Action.UPDATE);
            Instant now = runtime.clock().instant();
            List<ListMembershipReport.Item> items = new ArrayList<>(command.contacts().size());
            List<ContactId> added = new ArrayList<>();
            List<AuditEntry> audit = new ArrayList<>();
            for (ContactId id : command.contacts()) {
                Outcome outcome = refusal(id).orElseGet(() ->
                        lists.addMember(context.tenantId(), command.listId(), id, now) ? Outcome.ADDED
                                : Outcome.ALREADY_MEMBER);
                if (outcome == Outcome.ADDED) {
                    added.add(id);
                    audit.add(entry(command.listId(), "member", null, id));
                }
                items.add(new ListMembershipReport.Item(id, outcome));
            }
            finish(command.listId(), audit, added, List.of(), now);
            return new ListMembershipReport(command.listId(), items);
        });
    }

    ListMembershipReport remove(ChangeListMembers command) {
        runtime.validate(command);
        return runtime.transactions().inTransaction(() -> {
            changeable(command.listId(), Action.UPDATE);
            Instant now = runtime.clock().instant();
            List<ListMembershipReport.Item> items = new ArrayList<>(command.contacts().size());
            List<ContactId> removed = new ArrayList<>();
            List<AuditEntry> audit = new ArrayList<>();
            for (ContactId id : command.contacts()) {
                Optional<Contact> contact = runtime.persistence().contacts().find(context.tenantId(), id);
                Outcome outcome;
                if (contact.isEmpty()) {
                    outcome = Outcome.UNKNOWN_CONTACT;
                } else if (!runtime.accessPolicy().permits(context.actor(), Action.READ,
                        ContactService.access(contact.get().view()))) {
                    outcome = Outcome.NOT_VISIBLE;
                } else {
                    outcome = lists.removeMember(context.tenantId(), command.listId(), id) ? Outcome.REMOVED
                            : Outcome.NOT_A_MEMBER;
                }
                if (outcome == Outcome.REMOVED) {
                    removed.add(id);
                    audit.add(entry(command.listId(), "member", id, null));
                }
                items.add(new ListMembershipReport.Item(id, outcome));
            }
            finish(command.listId(), audit, List.of(), removed, now);
            return new ListMembershipReport(command.listId(), items);
        });
    }

    Page<ContactView> members(ContactListId id, PageRequest page) {
        Preconditions.notNull(id, "listId");
        Preconditions.notNull(page, "page");
        return runtime.transactions().inTransaction(() -> {
            load(id);
            return lists.members(context.tenantId(), id, contacts.visible(ContactCriteria.all()), page);
        });
    }

    long size(ContactListId id) {
        Preconditions.notNull(id, "listId");
        return runtime.transactions().inTransaction(() -> {
            load(id);
            return lists.count(context.tenantId(), id, contacts.visible(ContactCriteria.all()));
        });
    }


    /** Why a contact cannot join, if it cannot. */
    private Optional<Outcome> refusal(ContactId id) {
        Optional<Contact> contact = runtime.persistence().contacts().find(context.tenantId(), id);
        if (contact.isEmpty()) {
            return Optional.of(Outcome.UNKNOWN_CONTACT);
        }
        ContactView view = contact.get().view();
        if (!runtime.accessPolicy().permits(context.actor(), Action.READ, ContactService.access(view))) {
            return Optional.of(Outcome.NOT_VISIBLE);
        }
        return view.erased() ? Optional.of(Outcome.ERASED) : Optional.empty();
    }

    private void finish(ContactListId id, List<AuditEntry> audit, List<ContactId> added, List<ContactId> removed,
                        Instant now) {
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        runtime.audit(audit);
        runtime.recordEvents(List.of(new ContactGroupEvent.ListMembersChanged(context.tenantId(), id.value(), added,
                removed, context.actor().userId(), now)));
    }

    private ContactList load(ContactListId id) {
        return lists.find(context.tenantId(), id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    }

    private ContactList changeable(ContactListId id, Action action) {
        ContactList list = load(id);
        runtime.requireAccess(context, action, new RecordAccess(RECORD_TYPE, id.toString(), list.ownerId()));
        return list;
    }

    private void requireFreeName(ContactList list) {
        lists.findByName(context.tenantId(), list.name())
                .filter(other -> !other.id().equals(list.id()))
                .ifPresent(other -> {
                    throw new ValidationException("name", "is taken by another list: " + other.name());
                });
    }

    private AuditEntry entry(ContactListId id, String field, Object before, Object after) {
        return runtime.auditEntry(context, RECORD_TYPE, id, field, before, after);
    }

    private void event(ContactList list, ContactGroupEvent.Change change, Instant now) {
        runtime.recordEvents(List.of(new ContactGroupEvent.ContactGroupChanged(context.tenantId(),
                SegmentCount.Kind.LIST, list.id().value(), list.name(), change, context.actor().userId(), now)));
    }
}
