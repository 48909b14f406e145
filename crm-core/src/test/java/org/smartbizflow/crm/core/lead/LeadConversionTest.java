package org.smartbizflow.crm.core.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.activity.ActivityFilter;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.ScheduleOutcome;
import org.smartbizflow.crm.activity.port.in.EditActivity;
import org.smartbizflow.crm.activity.port.in.ListActivities;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.port.in.CreateContact;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.lead.LeadEvent;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.ChangeLeadStatus;
import org.smartbizflow.crm.lead.port.in.ConversionResult;
import org.smartbizflow.crm.lead.port.in.ConvertLead;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.EventEnvelope;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;

class LeadConversionTest {

    private final List<EventEnvelope> events = new ArrayList<>();
    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final CrmSession session = Crm.builder().persistence(store).events(events::add).build()
            .session(TenantId.of("acme"), Actor.system());

    private LeadId qualified(String name, String company, String email) {
        LeadId id = session.leads().capture(new CaptureLead(name, company, email == null ? null : EmailAddress.of(email),
                null, LeadSource.WEB_FORM));
        session.leads().changeStatus(ChangeLeadStatus.of(id, LeadStatus.QUALIFIED));
        return id;
    }

    @Test
    void convertsIntoNewRecordsOnceAndRepeatsReturnTheSame() {
        LeadId ada = qualified("Ada Lovelace", "Analytical Engines Ltd", "ada@engines.example");
        ConvertLead command = ConvertLead.of(ada).withOpportunity("Engine retrofit", Money.of("120000.00", "GBP"),
                LocalDate.parse("2027-03-31"));

        ConversionResult.Converted first = (ConversionResult.Converted) session.leads().convert(command);
        ConversionResult.Converted again = (ConversionResult.Converted) session.leads().convert(command);

        assertThat(first.accountCreated()).isTrue();
        assertThat(first.contactCreated()).isTrue();
        assertThat(first.opportunityId()).isNotNull();
        assertThat(again.repeated()).isTrue();
        assertThat(again.accountId()).isEqualTo(first.accountId());
        assertThat(again.contactId()).isEqualTo(first.contactId());
        assertThat(again.opportunityId()).isEqualTo(first.opportunityId());
        assertThat(session.leads().get(ada).status()).isEqualTo(LeadStatus.CONVERTED);
        assertThat(session.leads().get(ada).conversion().accountId()).isEqualTo(first.accountId());
        assertThat(session.contacts().get(first.contactId()).profile().accountId()).isEqualTo(first.accountId());
        assertThat(session.opportunities().get(first.opportunityId()).accountId()).isEqualTo(first.accountId());
        assertThat(events).filteredOn(e -> e.event() instanceof LeadEvent.LeadConverted).hasSize(1);
    }

    @Test
    void theLeadsActivitiesAreAlsoFiledUnderWhatItBecameOnce() {
        LeadId ada = qualified("Ada Lovelace", "Analytical Engines Ltd", "ada@engines.example");
        LeadId other = qualified("Charles Babbage", "Difference Ltd", "charles@difference.example");
        Instant monday = Instant.parse("2026-03-02T08:00:00Z");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ActivityId call = ((ScheduleOutcome.Scheduled) session.activities().schedule(ScheduleActivity.call(
                "Discovery", monday, Duration.ofMinutes(30), berlin).about(RecordLink.lead(ada)))).id();
        ActivityId unrelated = ((ScheduleOutcome.Scheduled) session.activities().schedule(ScheduleActivity.call(
                "Other", monday, Duration.ofMinutes(30), berlin).about(RecordLink.lead(other)))).id();
        ConvertLead command = ConvertLead.of(ada).withOpportunity("Engine retrofit", Money.of("120000.00", "GBP"),
                LocalDate.parse("2027-03-31"));

        ConversionResult.Converted done = (ConversionResult.Converted) session.leads().convert(command);

        ActivityView filed = activity(call);
        assertThat(filed.links()).containsExactlyInAnyOrder(RecordLink.lead(ada), RecordLink.contact(done.contactId()),
                RecordLink.account(done.accountId()), RecordLink.opportunity(done.opportunityId()));
        assertThat(activity(unrelated).links()).containsExactly(RecordLink.lead(other));
        assertThat(store.auditLog().history(TenantId.of("acme"), "Lead", ada.toString()))
                .filteredOn(e -> e.field().equals("activitiesLinked")).singleElement()
                .satisfies(e -> assertThat(e.newValue()).isEqualTo("1"));

        session.leads().convert(command);
        assertThat(activity(call)).isEqualTo(filed);
    }

    @Test
    void activitiesLoggedOnTheLeadAfterItsConversionAreFiledUnderWhatItBecameToo() {
        LeadId ada = qualified("Ada Lovelace", "Analytical Engines Ltd", "ada@engines.example");
        Instant monday = Instant.parse("2026-03-02T08:00:00Z");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ConversionResult.Converted done = (ConversionResult.Converted) session.leads().convert(ConvertLead.of(ada)
                .withOpportunity("Engine retrofit", Money.of("120000.00", "GBP"), LocalDate.parse("2027-03-31")));
        List<RecordLink> became = List.of(RecordLink.lead(ada), RecordLink.contact(done.contactId()),
                RecordLink.account(done.accountId()), RecordLink.opportunity(done.opportunityId()));

        ActivityId later = ((ScheduleOutcome.Scheduled) session.activities().schedule(ScheduleActivity.call(
                "Follow-up", monday, Duration.ofMinutes(30), berlin).about(RecordLink.lead(ada)))).id();
        ActivityId note = ((ScheduleOutcome.Scheduled) session.activities().schedule(ScheduleActivity.note(
                "Notes", "budget approved", monday, berlin))).id();
        session.activities().edit(EditActivity.of(note).link(RecordLink.lead(ada)));

        assertThat(activity(later).links()).containsExactlyInAnyOrderElementsOf(became);
        assertThat(activity(note).links()).containsExactlyInAnyOrderElementsOf(became);
        assertThat(session.activities().list(new ListActivities(ActivityFilter.any()
                .about(RecordLink.opportunity(done.opportunityId())), PageRequest.first(10))).items())
                .extracting(ActivityView::id).containsExactlyInAnyOrder(later, note);
    }

    private ActivityView activity(ActivityId id) {
        return store.transactions().inTransaction(() -> store.activities().find(TenantId.of("acme"), id))
                .orElseThrow().view();
    }

    @Test
    void matchesTheAccountByDomainOrNameAndTheContactByEmailNeverDuplicatingIt() {
        ConversionResult.Converted first = (ConversionResult.Converted) session.leads().convert(
                ConvertLead.of(qualified("Ada Lovelace", "Analytical Engines Ltd", "ada@engines.example")));
        session.contacts().create(CreateContact.of(ContactProfile.named("Charles Babbage")
                .withEmails(EmailAddress.of("charles@engines.example"))));

        ConversionResult.Converted sameDomain = (ConversionResult.Converted) session.leads().convert(
                ConvertLead.of(qualified("Charles Babbage", "Someone Else", "Charles@Engines.example")));
        ConversionResult.Converted sameName = (ConversionResult.Converted) session.leads().convert(
                ConvertLead.of(qualified("Mary", "ANALYTICAL ENGINES LIMITED", "mary@gmail.com")));

        assertThat(sameDomain.accountCreated()).isFalse();
        assertThat(sameDomain.accountId()).isEqualTo(first.accountId());
        assertThat(sameDomain.contactCreated()).isFalse();
        assertThat(sameName.accountId()).isEqualTo(first.accountId());
        assertThat(sameName.contactCreated()).isTrue();
        assertThat(store.transactions().inTransaction(() -> store.contacts().findByEmail(TenantId.of("acme"),
                EmailAddress.of("charles@engines.example")))).isPresent();
    }

    @Test
    void onlyAQualifiedLeadConvertsAndARefusalChangesNothing() {
        LeadId fresh = session.leads().capture(new CaptureLead("New", null, null, null, LeadSource.MANUAL));

        assertThat(session.leads().convert(ConvertLead.of(fresh))).isInstanceOf(ConversionResult.Refused.class);
        assertThat(session.leads().get(fresh).status()).isEqualTo(LeadStatus.NEW);
        assertThat(store.transactions().inTransaction(() -> store.accounts().count(TenantId.of("acme"),
                org.smartbizflow.crm.account.AccountFilter.any()))).isZero();
    }
}
