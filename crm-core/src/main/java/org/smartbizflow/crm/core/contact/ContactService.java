package org.smartbizflow.crm.core.contact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.ConfirmationResult;
import org.smartbizflow.crm.contact.ConsentDecision;
import org.smartbizflow.crm.contact.ConsentRecord;
import org.smartbizflow.crm.contact.Contact;
import org.smartbizflow.crm.contact.ContactChange;
import org.smartbizflow.crm.contact.ContactFilter;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.DeliveryOutcome;
import org.smartbizflow.crm.contact.QuietHours;
import org.smartbizflow.crm.contact.port.in.AssignContact;
import org.smartbizflow.crm.contact.port.in.ChangeReportsTo;
import org.smartbizflow.crm.contact.port.in.ConsentCoverage;
import org.smartbizflow.crm.contact.port.in.Contacts;
import org.smartbizflow.crm.contact.port.in.CreateContact;
import org.smartbizflow.crm.contact.port.in.DoubleOptIn;
import org.smartbizflow.crm.contact.port.in.ListContacts;
import org.smartbizflow.crm.contact.port.in.PreferencesView;
import org.smartbizflow.crm.contact.port.in.RecordConsent;
import org.smartbizflow.crm.contact.port.in.RequestDoubleOptIn;
import org.smartbizflow.crm.contact.port.in.SendContactEmail;
import org.smartbizflow.crm.contact.port.in.UpdateContact;
import org.smartbizflow.crm.contact.port.out.ContactRepository;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.Visibility;

/** The contact use cases for one tenant and actor. */
final class ContactService implements Contacts {

    static final String RECORD_TYPE = "Contact";
    /** Reporting lines deeper than this are taken as corrupt data rather than walked further. */
    private static final int MAX_CHAIN = 10_000;

    private final CoreRuntime runtime;
    private final CallContext context;
    private final ContactRepository contacts;
    private final ContactConsents consents;
    private final ContactAccountLinks accountLinks;
    private final ContactSegments segments;
    private final ContactLists lists;

    ContactService(CoreRuntime runtime, CallContext context) {
        this.runtime = runtime;
        this.context = context;
        this.contacts = runtime.persistence().contacts();
        this.consents = new ContactConsents(runtime, context);
        this.accountLinks = new ContactAccountLinks(runtime, context, this);
        this.segments = new ContactSegments(runtime, context, this);
        this.lists = new ContactLists(runtime, context, this);
    }

    @Override
    public ConsentRecord recordConsent(RecordConsent command) {
        return consents.record(command);
    }

    @Override
    public DoubleOptIn requestDoubleOptIn(RequestDoubleOptIn command) {
        return consents.requestDoubleOptIn(command);
    }

    @Override
    public ConfirmationResult confirmDoubleOptIn(String token, String source) {
        return consents.confirm(token, source);
    }

    @Override
    public PreferencesView setQuietHours(ContactId contactId, QuietHours quietHours) {
        return consents.setQuietHours(contactId, quietHours);
    }

    @Override
    public PreferencesView preferences(ContactId contactId) {
        return consents.preferences(contactId);
    }

    @Override
    public List<ConsentRecord> consentHistory(ContactId contactId) {
        return consents.history(contactId);
    }

    @Override
    public ConsentDecision mayContact(ContactId contactId, Channel channel) {
        return consents.mayContact(contactId, channel);
    }

    @Override
    public DeliveryOutcome sendEmail(SendContactEmail command) {
        return consents.sendEmail(command);
    }

    @Override
    public List<ConsentCoverage> consentCoverage() {
        return consents.coverage();
    }

    @Override
    public java.util.UUID link(org.smartbizflow.crm.contact.port.in.LinkContactToAccount command) {
        return accountLinks.link(command);
    }

    @Override
    public org.smartbizflow.crm.contact.ContactAccountLink changeLink(
            org.smartbizflow.crm.contact.port.in.ChangeContactAccountLink command) {
        return accountLinks.change(command);
    }

    @Override
    public org.smartbizflow.crm.contact.ContactAccountLink endLink(java.util.UUID linkId, java.time.LocalDate endsOn) {
        return accountLinks.end(linkId, endsOn);
    }

    @Override
    public void unlink(java.util.UUID linkId) {
        accountLinks.unlink(linkId);
    }

    @Override
    public List<org.smartbizflow.crm.contact.ContactAccountLink> accountLinks(ContactId contactId) {
        return accountLinks.ofContact(contactId);
    }

    @Override
    public Page<org.smartbizflow.crm.contact.ContactAccountLink> contactsOf(
            org.smartbizflow.crm.contact.port.in.AccountContacts query) {
        return accountLinks.ofAccount(query);
    }

    @Override
    public org.smartbizflow.crm.contact.AccountNetwork network(org.smartbizflow.crm.account.AccountId center,
                                                              int depth, java.time.LocalDate day) {
        return accountLinks.network(center, depth, day);
    }

    @Override
    public org.smartbizflow.crm.contact.SegmentId saveSegment(org.smartbizflow.crm.contact.port.in.SaveSegment command) {
        return segments.save(command);
    }

    @Override
    public org.smartbizflow.crm.contact.Segment updateSegment(
            org.smartbizflow.crm.contact.port.in.UpdateSegment command) {
        return segments.update(command);
    }

    @Override
    public void deleteSegment(org.smartbizflow.crm.contact.SegmentId id) {
        segments.delete(id);
    }

    @Override
    public org.smartbizflow.crm.contact.Segment segment(org.smartbizflow.crm.contact.SegmentId id) {
        return segments.get(id);
    }

    @Override
    public List<org.smartbizflow.crm.contact.Segment> segments() {
        return segments.all();
    }

    @Override
    public Page<ContactView> segmentMembers(org.smartbizflow.crm.contact.SegmentId id,
                                            org.smartbizflow.crm.shared.PageRequest page) {
        return segments.members(id, page);
    }

    @Override
    public long segmentSize(org.smartbizflow.crm.contact.SegmentId id) {
        return segments.size(id);
    }

    @Override
    public List<org.smartbizflow.crm.contact.SegmentCount> contactsBySegment() {
        return segments.counts();
    }

    @Override
    public org.smartbizflow.crm.contact.ContactListId createList(String name) {
        return lists.create(name);
    }

    @Override
    public org.smartbizflow.crm.contact.ContactList renameList(org.smartbizflow.crm.contact.ContactListId id,
                                                               String name) {
        return lists.rename(id, name);
    }

    @Override
    public void deleteList(org.smartbizflow.crm.contact.ContactListId id) {
        lists.delete(id);
    }

    @Override
    public org.smartbizflow.crm.contact.ContactList contactList(org.smartbizflow.crm.contact.ContactListId id) {
        return lists.get(id);
    }

    @Override
    public List<org.smartbizflow.crm.contact.ContactList> lists() {
        return lists.all();
    }

    @Override
    public org.smartbizflow.crm.contact.ListMembershipReport addToList(
            org.smartbizflow.crm.contact.port.in.ChangeListMembers command) {
        return lists.add(command);
    }

    @Override
    public org.smartbizflow.crm.contact.ListMembershipReport removeFromList(
            org.smartbizflow.crm.contact.port.in.ChangeListMembers command) {
        return lists.remove(command);
    }

    @Override
    public Page<ContactView> listMembers(org.smartbizflow.crm.contact.ContactListId id,
                                         org.smartbizflow.crm.shared.PageRequest page) {
        return lists.members(id, page);
    }

    @Override
    public long listSize(org.smartbizflow.crm.contact.ContactListId id) {
        return lists.size(id);
    }

    @Override
    public org.smartbizflow.crm.contact.port.in.ContactImportReport importCsv(java.nio.file.Path file,
            org.smartbizflow.crm.contact.port.in.ContactImportOptions options) {
        return org.smartbizflow.crm.core.transfer.ImportFiles.read(file, in -> importCsv(in, options));
    }

    @Override
    public org.smartbizflow.crm.contact.port.in.ContactImportReport importCsv(java.io.InputStream csv,
            org.smartbizflow.crm.contact.port.in.ContactImportOptions options) {
        Preconditions.notNull(csv, "csv");
        Preconditions.notNull(options, "options");
        return new ContactImport(runtime, context, this, options).run(csv);
    }

    @Override
    public long exportCsv(ContactFilter filter, java.io.OutputStream out) {
        return exportOf(Preconditions.notNull(filter, "filter")).csv(Preconditions.notNull(out, "out"));
    }

    @Override
    public long exportCsv(org.smartbizflow.crm.contact.ContactCriteria criteria, java.io.OutputStream out) {
        return exportOf(Preconditions.notNull(criteria, "criteria")).csv(Preconditions.notNull(out, "out"));
    }

    @Override
    public long exportJson(ContactFilter filter, java.io.OutputStream out) {
        return exportOf(Preconditions.notNull(filter, "filter")).json(Preconditions.notNull(out, "out"));
    }

    @Override
    public long exportJson(org.smartbizflow.crm.contact.ContactCriteria criteria, java.io.OutputStream out) {
        return exportOf(Preconditions.notNull(criteria, "criteria")).json(Preconditions.notNull(out, "out"));
    }

    /** The export of what the filter selects, through the visibility-checked list. */
    private ContactExport exportOf(ContactFilter filter) {
        return new ContactExport(page -> list(new ListContacts(filter, page)));
    }

    /** The export of what the criteria select, through the visibility-checked segment search. */
    private ContactExport exportOf(org.smartbizflow.crm.contact.ContactCriteria criteria) {
        return new ContactExport(page -> search(new org.smartbizflow.crm.contact.port.in.SearchContacts(criteria,
                page)));
    }

    @Override
    public ContactId create(CreateContact command) {
        runtime.validate(command);
        UserId owner = command.ownerId() != null ? command.ownerId() : context.actor().userId();
        runtime.requireAccess(context, Action.CREATE, new RecordAccess(RECORD_TYPE, null, owner));
        return runtime.transactions().inTransaction(() -> {
            Instant now = runtime.clock().instant();
            Contact contact = Contact.create(new ContactId(runtime.ids().next()), context.tenantId(), owner,
                    command.profile(), context.actor().userId(), now);
            if (command.reportsTo() != null) {
                ContactChange line = contact.reportTo(command.reportsTo(), chainAbove(command.reportsTo()),
                        context.actor().userId(), now);
                if (line instanceof ContactChange.Refused refused) {
                    throw new org.smartbizflow.crm.shared.ValidationException("reportsTo", refused.reason());
                }
            }
            contacts.insert(contact);
            runtime.audit(creationAudit(contact.view()));
            runtime.recordEvents(contact.pullEvents());
            return contact.id();
        });
    }

    @Override
    public ContactView get(ContactId id) {
        Preconditions.notNull(id, "id");
        ContactView contact = runtime.transactions().inTransaction(() -> load(id).view());
        runtime.requireAccess(context, Action.READ, access(contact));
        return contact;
    }

    @Override
    public Optional<ContactView> findByEmail(EmailAddress email) {
        Preconditions.notNull(email, "email");
        Optional<ContactView> found = runtime.transactions().inTransaction(
                () -> contacts.findByEmail(context.tenantId(), email));
        found.ifPresent(contact -> runtime.requireAccess(context, Action.READ, access(contact)));
        return found;
    }

    @Override
    public List<ContactId> managers(ContactId id) {
        Preconditions.notNull(id, "id");
        return runtime.transactions().inTransaction(() -> {
            ContactView contact = load(id).view();
            runtime.requireAccess(context, Action.READ, access(contact));
            if (contact.reportsTo() == null) {
                return List.of();
            }
            List<ContactId> chain = new ArrayList<>();
            chain.add(contact.reportsTo());
            chain.addAll(chainAbove(contact.reportsTo()));
            return List.copyOf(chain);
        });
    }

    @Override
    public Page<ContactView> list(ListContacts query) {
        runtime.validate(query);
        ContactFilter visible = restrictToVisible(query.filter());
        if (visible == null) {
            return Page.last(List.of());
        }
        return runtime.transactions().inTransaction(
                () -> contacts.search(context.tenantId(), visible, query.page()));
    }

    @Override
    public long count(ListContacts query) {
        runtime.validate(query);
        ContactFilter visible = restrictToVisible(query.filter());
        if (visible == null) {
            return 0;
        }
        return runtime.transactions().inTransaction(() -> contacts.count(context.tenantId(), visible));
    }

    @Override
    public Page<ContactView> search(org.smartbizflow.crm.contact.port.in.SearchContacts query) {
        runtime.validate(query);
        org.smartbizflow.crm.contact.ContactCriteria visible = visible(query.criteria());
        return runtime.transactions().inTransaction(() -> contacts.search(context.tenantId(), visible, query.page()));
    }

    @Override
    public long count(org.smartbizflow.crm.contact.ContactCriteria criteria) {
        Preconditions.notNull(criteria, "criteria");
        org.smartbizflow.crm.contact.ContactCriteria visible = visible(criteria);
        return runtime.transactions().inTransaction(() -> contacts.count(context.tenantId(), visible));
    }

    @Override
    public java.util.Map<String, Long> countBySegment(
            java.util.Map<String, org.smartbizflow.crm.contact.ContactCriteria> segments) {
        Preconditions.notNull(segments, "segments");
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        segments.forEach((name, criteria) -> counts.put(name, count(criteria)));
        return counts;
    }

    /** The criteria limited to what the actor may see: their own contacts under an owner-only policy. */
    org.smartbizflow.crm.contact.ContactCriteria visible(org.smartbizflow.crm.contact.ContactCriteria criteria) {
        Visibility visibility = runtime.accessPolicy().visibility(context.actor(), RECORD_TYPE);
        if (visibility instanceof Visibility.OwnedBy ownedBy) {
            List<org.smartbizflow.crm.contact.ContactCriteria> owners = ownedBy.owners().stream()
                    .sorted(java.util.Comparator.comparing(UserId::value))
                    .map(owner -> (org.smartbizflow.crm.contact.ContactCriteria) org.smartbizflow.crm.contact.ContactCriteria
                            .where(org.smartbizflow.crm.contact.ContactCriteria.Field.OWNER,
                                    org.smartbizflow.crm.contact.ContactCriteria.Operator.EQUALS, owner.value()))
                    .toList();
            return new org.smartbizflow.crm.contact.ContactCriteria.All(List.of(criteria,
                    new org.smartbizflow.crm.contact.ContactCriteria.AnyOf(owners)));
        }
        return criteria;
    }

    @Override
    public ContactChange update(UpdateContact command) {
        runtime.validate(command);
        return change(command.contactId(), command.expectedVersion(),
                contact -> contact.updateProfile(command.profile(), context.actor().userId(),
                        runtime.clock().instant()));
    }

    @Override
    public ContactChange assign(AssignContact command) {
        runtime.validate(command);
        return change(command.contactId(), null,
                contact -> contact.assignTo(command.ownerId(), context.actor().userId(), runtime.clock().instant()));
    }

    @Override
    public ContactChange reportTo(ChangeReportsTo command) {
        runtime.validate(command);
        return change(command.contactId(), null, contact -> {
            List<ContactId> chain = List.of();
            if (command.manager() != null) {
                ContactView manager = load(command.manager()).view();
                runtime.requireAccess(context, Action.READ, access(manager));
                chain = chainAbove(command.manager());
            }
            return contact.reportTo(command.manager(), chain, context.actor().userId(), runtime.clock().instant());
        });
    }

    /** Loads, checks access and version, applies the change, and stores it with audit and events. */
    private ContactChange change(ContactId id, Long expectedVersion, Function<Contact, ContactChange> action) {
        return runtime.transactions().inTransaction(() -> {
            Contact contact = load(id);
            runtime.requireAccess(context, Action.UPDATE, access(contact.view()));
            if (expectedVersion != null && expectedVersion != contact.version()) {
                throw new ConcurrencyConflictException(RECORD_TYPE, id, expectedVersion);
            }
            ContactChange result = action.apply(contact);
            if (result instanceof ContactChange.Applied applied && !applied.changes().isEmpty()) {
                contacts.update(contact);
                List<AuditEntry> audit = new ArrayList<>();
                for (FieldChange change : applied.changes()) {
                    audit.add(runtime.auditEntry(context, RECORD_TYPE, id, change.field(), change.oldValue(),
                            change.newValue()));
                }
                runtime.audit(audit);
                runtime.recordEvents(contact.pullEvents());
            }
            return result;
        });
    }

    /**
     * The managers above a contact, nearest first, as stored. Stops at a loop in stored data
     * (which the use cases never write) instead of walking forever.
     */
    private List<ContactId> chainAbove(ContactId start) {
        List<ContactId> chain = new ArrayList<>();
        Set<ContactId> seen = new HashSet<>();
        seen.add(start);
        ContactId next = load(start).reportsTo();
        while (next != null && seen.add(next) && chain.size() < MAX_CHAIN) {
            chain.add(next);
            next = contacts.find(context.tenantId(), next).map(Contact::reportsTo).orElse(null);
        }
        return chain;
    }

    Contact load(ContactId id) {
        return contacts.find(context.tenantId(), id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    }

    private ContactFilter restrictToVisible(ContactFilter filter) {
        Visibility visibility = runtime.accessPolicy().visibility(context.actor(), RECORD_TYPE);
        if (visibility instanceof Visibility.OwnedBy ownedBy) {
            Set<UserId> owners = new HashSet<>(ownedBy.owners());
            if (!filter.owners().isEmpty()) {
                owners.retainAll(filter.owners());
            }
            return owners.isEmpty() ? null : new ContactFilter(owners, filter.accounts(), filter.tags(),
                    filter.text(), filter.includeErased());
        }
        return filter;
    }

    static RecordAccess access(ContactView contact) {
        return new RecordAccess(RECORD_TYPE, contact.id().toString(), contact.ownerId());
    }

    private List<AuditEntry> creationAudit(ContactView contact) {
        List<AuditEntry> entries = new ArrayList<>();
        entries.add(runtime.auditEntry(context, RECORD_TYPE, contact.id(), "name", null, contact.name()));
        for (FieldChange change : Contact.differences(ContactProfile.named(contact.name()), contact.profile())) {
            entries.add(runtime.auditEntry(context, RECORD_TYPE, contact.id(), change.field(), null,
                    change.newValue()));
        }
        entries.add(runtime.auditEntry(context, RECORD_TYPE, contact.id(), "owner", null, contact.ownerId()));
        if (contact.reportsTo() != null) {
            entries.add(runtime.auditEntry(context, RECORD_TYPE, contact.id(), "reportsTo", null,
                    contact.reportsTo()));
        }
        return entries;
    }
}
