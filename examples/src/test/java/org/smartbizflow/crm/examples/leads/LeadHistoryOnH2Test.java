package org.smartbizflow.crm.examples.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.activity.ActivityFilter;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.ScheduleOutcome;
import org.smartbizflow.crm.activity.port.in.ListActivities;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.jpa.CrmSchema;
import org.smartbizflow.crm.jpa.DatabaseVendor;
import org.smartbizflow.crm.jpa.JpaCrmPersistence;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.MergeResult;
import org.smartbizflow.crm.lead.nurture.EnrolmentId;
import org.smartbizflow.crm.lead.nurture.EnrolmentStatus;
import org.smartbizflow.crm.lead.nurture.NurtureSequenceId;
import org.smartbizflow.crm.lead.nurture.NurtureStep;
import org.smartbizflow.crm.lead.nurture.port.in.DefineNurtureSequence;
import org.smartbizflow.crm.lead.nurture.port.in.EnrolLead;
import org.smartbizflow.crm.lead.nurture.port.in.EnrolResult;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.ChangeLeadStatus;
import org.smartbizflow.crm.lead.port.in.ConversionResult;
import org.smartbizflow.crm.lead.port.in.ConvertLead;
import org.smartbizflow.crm.lead.port.in.MergeLeads;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;

/**
 * A lead's history on a real database: merging moves the merged lead's activities to the
 * survivor and ends its nurturing; converting files the activities under the new records too.
 */
class LeadHistoryOnH2Test {

    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void mergeMovesAndConversionFilesTheLeadsActivities() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:history" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        CrmSchema.migrate(dataSource, DatabaseVendor.H2);
        try (JpaCrmPersistence store = JpaCrmPersistence.bootstrap(dataSource, DatabaseVendor.H2)) {
            CrmSession session = Crm.builder().persistence(store).build().session(TenantId.of("acme"), Actor.system());
            LeadId survivor = session.leads().capture(new CaptureLead("Ada Lovelace", "Analytical Engines Ltd",
                    EmailAddress.of("ada@engines.example"), null, LeadSource.WEB_FORM));
            LeadId merged = session.leads().capture(new CaptureLead("Ada King", null, null, null, LeadSource.REFERRAL));
            ActivityId call = call(session, "First call", RecordLink.lead(merged));
            ActivityId note = call(session, "Second call", RecordLink.lead(merged), RecordLink.lead(survivor));
            NurtureSequenceId welcome = session.nurturing().defineSequence(DefineNurtureSequence.of("Welcome",
                    NurtureStep.Wait.days("pause", 2)));
            EnrolmentId enrolment = ((EnrolResult.Enrolled) session.nurturing()
                    .enrol(new EnrolLead(merged, welcome))).enrolmentId();

            assertThat(session.leads().merge(MergeLeads.of(survivor, merged))).isInstanceOf(MergeResult.Merged.class);
            assertThat(session.leads().merge(MergeLeads.of(survivor, merged)))
                    .isInstanceOf(MergeResult.AlreadyMerged.class);

            assertThat(session.activities().get(call).links()).containsExactly(RecordLink.lead(survivor));
            assertThat(session.activities().get(note).links()).containsExactly(RecordLink.lead(survivor));
            assertThat(session.activities().get(call).version()).isEqualTo(1);
            assertThat(session.activities().list(new ListActivities(ActivityFilter.any()
                    .about(RecordLink.lead(merged)), PageRequest.first(10))).items()).isEmpty();
            assertThat(session.nurturing().enrolment(enrolment).status()).isEqualTo(EnrolmentStatus.ENDED);

            session.leads().changeStatus(ChangeLeadStatus.of(survivor, LeadStatus.QUALIFIED));
            ConvertLead command = ConvertLead.of(survivor).withOpportunity("Engine retrofit",
                    Money.of("120000.00", "GBP"), LocalDate.parse("2027-03-31"));
            ConversionResult.Converted done = (ConversionResult.Converted) session.leads().convert(command);
            session.leads().convert(command);

            assertThat(session.activities().get(call).links()).containsExactlyInAnyOrder(RecordLink.lead(survivor),
                    RecordLink.contact(done.contactId()), RecordLink.account(done.accountId()),
                    RecordLink.opportunity(done.opportunityId()));
            assertThat(session.activities().get(call).version()).isEqualTo(2);
            assertThat(session.activities().list(new ListActivities(ActivityFilter.any()
                    .about(RecordLink.account(done.accountId()))
                    .during(MONDAY.minus(Duration.ofDays(1)), MONDAY.plus(Duration.ofDays(1))), PageRequest.first(10)))
                    .items()).extracting(a -> a.id()).containsExactlyInAnyOrder(call, note);
        }
    }

    private static ActivityId call(CrmSession session, String subject, RecordLink... about) {
        ScheduleOutcome outcome = session.activities().schedule(ScheduleActivity.call(subject, MONDAY,
                Duration.ofMinutes(15), BERLIN).about(about));
        return ((ScheduleOutcome.Scheduled) outcome).id();
    }
}
