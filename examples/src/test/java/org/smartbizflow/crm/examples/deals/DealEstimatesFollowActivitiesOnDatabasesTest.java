package org.smartbizflow.crm.examples.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.ScheduleOutcome;
import org.smartbizflow.crm.activity.port.in.CompleteActivity;
import org.smartbizflow.crm.activity.port.in.EditActivity;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.examples.Databases;
import org.smartbizflow.crm.jpa.JpaCrmPersistence;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.ChangeLeadStatus;
import org.smartbizflow.crm.lead.port.in.ConversionResult;
import org.smartbizflow.crm.lead.port.in.ConvertLead;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.port.in.CreateOpportunity;
import org.smartbizflow.crm.scoring.Prediction;
import org.smartbizflow.crm.scoring.ScoreExplanation;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Win probabilities follow a deal's completed calls on a real database: completing a call
 * re-estimates its deal, filing the call under another deal re-estimates both, and a converted
 * lead's deal counts the lead's calls, those logged before the conversion and after it, each
 * counting the activities the database holds for it within the same transaction.
 */
class DealEstimatesFollowActivitiesOnDatabasesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void on(Databases.Kind database) throws SQLException {
        database.run(DealEstimatesFollowActivitiesOnDatabasesTest::scenario);
    }

    private static void scenario(JpaCrmPersistence store) {
        CrmSession session = session(store);
        completingAndRefilingACallReestimatesTheDealsItCountsFor(session);
        aConvertedLeadsDealCountsTheLeadsCompletedCallsBeforeAndAfterTheConversion(session);
    }

    private static void completingAndRefilingACallReestimatesTheDealsItCountsFor(CrmSession session) {
        OpportunityId first = deal(session, "Engine retrofit");
        OpportunityId second = deal(session, "Spare parts");
        Instant earlier = Instant.now().minus(Duration.ofHours(3));
        ActivityId call = ((ScheduleOutcome.Scheduled) session.activities().schedule(ScheduleActivity.call(
                "Discovery", earlier, Duration.ofMinutes(20), BERLIN).about(RecordLink.opportunity(first))))
                .id();
        assertThat(percent(session, first)).isEqualTo(10);

        session.activities().complete(CompleteActivity.of(call, "interested"));

        assertThat(percent(session, first)).isEqualTo(20);
        assertThat(percent(session, second)).isEqualTo(10);

        session.activities().edit(EditActivity.of(call).unlink(RecordLink.opportunity(first))
                .link(RecordLink.opportunity(second)));

        assertThat(percent(session, first)).isEqualTo(10);
        assertThat(percent(session, second)).isEqualTo(20);
        assertThat(session.opportunities().history(second)).last()
                .satisfies(entry -> assertThat(entry.probability().value()).isEqualByComparingTo("20"));
    }

    private static void aConvertedLeadsDealCountsTheLeadsCompletedCallsBeforeAndAfterTheConversion(
            CrmSession session) {
        LeadId lead = session.leads().capture(new CaptureLead("Ada Lovelace", "Analytical Engines Ltd",
                EmailAddress.of("ada@engines.example"), null, LeadSource.WEB_FORM));
        session.activities().schedule(ScheduleActivity.call("Discovery", Instant.now().minus(Duration.ofHours(3)),
                Duration.ofMinutes(20), BERLIN).about(RecordLink.lead(lead)).loggedWithOutcome("interested"));
        session.leads().changeStatus(ChangeLeadStatus.of(lead, LeadStatus.QUALIFIED));

        ConversionResult.Converted done = (ConversionResult.Converted) session.leads().convert(
                ConvertLead.of(lead).withOpportunity("Engine retrofit", Money.of("120000.00", "EUR"),
                        LocalDate.now().plusMonths(6)));

        assertThat(percent(session, done.opportunityId())).isEqualTo(20);

        // after the conversion: logged on the lead, or added to it later, and filed under the deal too
        session.activities().schedule(ScheduleActivity.call("Check-in", Instant.now().minus(Duration.ofHours(2)),
                Duration.ofMinutes(20), BERLIN).about(RecordLink.lead(lead)).loggedWithOutcome("on track"));
        ActivityId call = ((ScheduleOutcome.Scheduled) session.activities().schedule(ScheduleActivity.call(
                "Pricing", Instant.now().minus(Duration.ofHours(1)), Duration.ofMinutes(20), BERLIN)
                .loggedWithOutcome("asked for a quote"))).id();
        session.activities().edit(EditActivity.of(call).link(RecordLink.lead(lead)));

        assertThat(session.activities().get(call).links()).contains(RecordLink.opportunity(done.opportunityId()),
                RecordLink.contact(done.contactId()), RecordLink.account(done.accountId()));
        assertThat(percent(session, done.opportunityId())).isEqualTo(40);
    }

    /** Ten points to start with, ten more for each completed call, meeting or e-mail. */
    private static CrmSession session(JpaCrmPersistence store) {
        return Crm.builder().persistence(store)
                .winProbabilityModel(features -> new Prediction(Math.min(0.9, 0.1 + 0.1 * features.activities()),
                        "per-activity-1", ScoreExplanation.none()))
                .build().session(TenantId.of("acme"), Actor.system());
    }

    private static OpportunityId deal(CrmSession session, String name) {
        return session.opportunities().create(CreateOpportunity.of(name, Money.of("1000.00", "EUR"),
                LocalDate.now().plusMonths(3)));
    }

    private static int percent(CrmSession session, OpportunityId deal) {
        return session.opportunities().get(deal).probability().value().intValueExact();
    }
}
