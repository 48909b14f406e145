package org.smartbizflow.crm.core.privacy;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.PersonReference;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.contact.CommunicationPreferences;
import org.smartbizflow.crm.contact.Contact;
import org.smartbizflow.crm.contact.ContactEmail;
import org.smartbizflow.crm.contact.ContactPhone;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.SocialHandle;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.Qualification;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.privacy.DataSubject;
import org.smartbizflow.crm.privacy.ErasureReport;
import org.smartbizflow.crm.privacy.PersonalData;
import org.smartbizflow.crm.privacy.port.in.Privacy;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.Redaction;

/** Data-protection requests for one tenant and actor. */
final class PrivacyService implements Privacy {

    private static final String CONTACT = "Contact";
    private static final String LEAD = "Lead";
    private static final String ACTIVITY = "Activity";
    /** Audit fields of an activity about the person that say nothing about them. */
    private static final Set<String> KEPT_ACTIVITY_FIELDS = Set.of("type", "owner", "start", "end", "status",
            "visibility", "priority", "direction", "completedAt", "reminders", "outcome");
    /** Audit fields that say nothing about the person and survive erasure. */
    private static final Set<String> KEPT_FIELDS = Set.of("owner", "status", "source", "company", "accountId",
            "reportsTo", "mergedInto", "merged", "erased", "consent.email", "consent.phone", "consent.sms",
            "consent.post", "quietHours");
    /** Shorter values would match unrelated text across the tenant's history. */
    private static final int MIN_VALUE_LENGTH = 3;

    private final CoreRuntime runtime;
    private final CallContext context;
    private final CrmPersistence store;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    PrivacyService(CoreRuntime runtime, CallContext context) {
        this.runtime = runtime;
        this.context = context;
        this.store = runtime.persistence();
    }

    /** The person's records as stored now. */
    private record Found(ContactView contact, List<LeadView> leads, Set<EmailAddress> emails) {
    }

    private Found find(DataSubject subject) {
        Preconditions.notNull(subject, "subject");
        ContactView contact = null;
        if (subject.contactId() != null) {
            contact = store.contacts().find(context.tenantId(), subject.contactId())
                    .orElseThrow(() -> new NotFoundException(CONTACT, subject.contactId())).view();
        } else {
            contact = store.contacts().findByEmail(context.tenantId(), subject.email()).orElse(null);
        }
        Set<EmailAddress> emails = new LinkedHashSet<>();
        if (subject.email() != null) {
            emails.add(subject.email());
        }
        if (contact != null) {
            contact.profile().emails().forEach(e -> emails.add(e.address()));
            runtime.requireAccess(context, Action.UPDATE,
                    new RecordAccess(CONTACT, contact.id().toString(), contact.ownerId()));
        }
        List<LeadView> leads = emails.isEmpty() ? List.of()
                : store.leads().findByEmails(context.tenantId(), emails).stream()
                        .sorted(Comparator.comparing(l -> l.id().value())).toList();
        for (LeadView lead : leads) {
            runtime.requireAccess(context, Action.UPDATE, new RecordAccess(LEAD, lead.id().toString(), lead.ownerId()));
        }
        return new Found(contact, leads, emails);
    }

    @Override
    public PersonalData collect(DataSubject subject) {
        return runtime.transactions().inTransaction(() -> {
            Found found = find(subject);
            List<AuditEntry> history = new ArrayList<>();
            CommunicationPreferences prefs = null;
            List<org.smartbizflow.crm.contact.ConsentRecord> consentLog = List.of();
            if (found.contact() != null) {
                history.addAll(store.auditLog().history(context.tenantId(), CONTACT, found.contact().id().toString()));
                prefs = store.consents().find(context.tenantId(), found.contact().id()).orElse(null);
                consentLog = store.consents().history(context.tenantId(), found.contact().id());
            }
            for (LeadView lead : found.leads()) {
                history.addAll(store.auditLog().history(context.tenantId(), LEAD, lead.id().toString()));
            }
            PersonReference person = reference(found, personalValues(found));
            List<ActivityView> activities = store.activities().concerning(context.tenantId(), person);
            for (ActivityView activity : activities) {
                if (person.isAbout(activity)) {
                    history.addAll(store.auditLog().history(context.tenantId(), ACTIVITY, activity.id().toString()));
                }
            }
            history.sort(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id));
            return new PersonalData(subject, found.contact(), prefs == null ? List.of() : prefs.consents(),
                    prefs == null ? null : prefs.quietHours(), consentLog, found.leads(), activities, history,
                    runtime.clock().instant());
        });
    }

    @Override
    public void exportJson(DataSubject subject, OutputStream out) {
        Preconditions.notNull(out, "out");
        PersonalData data = collect(subject);
        try {
            json.writeValue(out, data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the personal data export", e);
        }
    }

    @Override
    public ErasureReport erase(DataSubject subject) {
        return runtime.transactions().inTransaction(() -> {
            Found found = find(subject);
            Instant now = runtime.clock().instant();
            Set<String> values = personalValues(found);
            PersonReference person = reference(found, values);
            List<ActivityView> theirs = store.activities().concerning(context.tenantId(), person);
            int activities = store.activities().anonymise(context.tenantId(), person, now);
            int consentRecords = 0;
            if (found.contact() != null) {
                Contact contact = Contact.restore(found.contact());
                if (!contact.erased()) {
                    contact.erase(context.actor().userId(), now);
                    store.contacts().update(contact);
                    runtime.recordEvents(contact.pullEvents());
                }
                consentRecords = store.consents().anonymise(context.tenantId(), contact.id(), Redaction.ERASED);
                // An erased person belongs to no list, and their roles and dates at accounts go with them.
                store.contactAccountLinks().deleteOfContact(context.tenantId(), contact.id());
                store.contactLists().removeFromAll(context.tenantId(), contact.id());
            }
            List<LeadId> leadIds = new ArrayList<>();
            for (LeadView lead : found.leads()) {
                store.leads().update(Lead.restore(anonymous(lead, now)));
                // the factors of a stored score may quote the lead's own attributes
                store.leads().deleteScore(context.tenantId(), lead.id());
                leadIds.add(lead.id());
            }
            // Record-wise first (every personal field of the person's own records), then value-wise
            // (their name or address quoted anywhere else in the tenant's history and events).
            int audit = 0;
            if (found.contact() != null) {
                audit += store.auditLog().redactRecord(context.tenantId(), CONTACT, found.contact().id().toString(),
                        KEPT_FIELDS, Redaction.ERASED);
            }
            for (LeadId lead : leadIds) {
                audit += store.auditLog().redactRecord(context.tenantId(), LEAD, lead.toString(), KEPT_FIELDS,
                        Redaction.ERASED);
            }
            for (ActivityView activity : theirs) {
                if (person.isAbout(activity)) {
                    audit += store.auditLog().redactRecord(context.tenantId(), ACTIVITY, activity.id().toString(),
                            KEPT_ACTIVITY_FIELDS, Redaction.ERASED);
                }
            }
            audit += store.auditLog().redactValues(context.tenantId(), values, Redaction.ERASED);
            int events = store.outbox().redact(context.tenantId(), values, Redaction.ERASED);
            String erasedId = found.contact() != null ? found.contact().id().toString()
                    : leadIds.isEmpty() ? null : leadIds.get(0).toString();
            if (erasedId != null) {
                runtime.audit(List.of(runtime.auditEntry(context, found.contact() != null ? CONTACT : LEAD, erasedId,
                        "erased", null, now.toString())));
            }
            return new ErasureReport(subject, found.contact() == null ? null : found.contact().id(), leadIds,
                    consentRecords, activities, audit, events, now);
        });
    }

    /**
     * The person's values to find in free text anywhere: names, addresses, phone numbers,
     * handles, job title and lead notes; shorter than three characters they would match
     * unrelated text, and the erased marker is no value of theirs.
     */
    private static Set<String> personalValues(Found found) {
        Set<String> values = new LinkedHashSet<>();
        found.emails().forEach(e -> values.add(e.value()));
        if (found.contact() != null) {
            collectValues(found.contact().profile(), values);
            addValue(values, found.contact().profile().jobTitle());
        }
        for (LeadView lead : found.leads()) {
            addValue(values, lead.name());
            addValue(values, lead.phone() == null ? null : lead.phone().e164());
            if (lead.qualification() != null) {
                addValue(values, lead.qualification().need());
                addValue(values, lead.qualification().disqualifyNote());
            }
        }
        values.remove(Contact.ERASED_NAME);
        return values;
    }

    /** How the person shows up in activities: their records, contact, addresses and values. */
    private static PersonReference reference(Found found, Set<String> values) {
        Set<RecordLink> records = new LinkedHashSet<>();
        if (found.contact() != null) {
            records.add(RecordLink.contact(found.contact().id()));
        }
        found.leads().forEach(lead -> records.add(RecordLink.lead(lead.id())));
        return new PersonReference(records, found.contact() == null ? null : found.contact().id(), found.emails(),
                values);
    }

    /** The lead with every personal value gone; what the tenant's pipeline needs stays. */
    private static LeadView anonymous(LeadView lead, Instant now) {
        Qualification q = lead.qualification();
        Qualification kept = q == null ? null
                : new Qualification(q.budget(), q.decisionMaker(), null, q.decisionBy(), q.disqualifiedFor(), null);
        return new LeadView(lead.id(), lead.tenantId(), lead.ownerId(), Contact.ERASED_NAME, lead.company(), null,
                null, lead.source(), lead.status(), lead.version(), lead.createdAt(), now, lead.mergedInto(), kept);
    }

    private static void collectValues(ContactProfile profile, Set<String> values) {
        addValue(values, profile.name());
        for (ContactEmail email : profile.emails()) {
            addValue(values, email.address().value());
        }
        for (ContactPhone phone : profile.phones()) {
            addValue(values, phone.number().e164());
        }
        for (SocialHandle handle : profile.socialHandles()) {
            addValue(values, handle.handle());
        }
    }

    private static void addValue(Set<String> values, String value) {
        if (value != null && value.strip().length() >= MIN_VALUE_LENGTH) {
            values.add(value.strip());
        }
    }
}
