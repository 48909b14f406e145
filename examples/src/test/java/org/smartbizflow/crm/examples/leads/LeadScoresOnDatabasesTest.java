package org.smartbizflow.crm.examples.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.examples.Databases;
import org.smartbizflow.crm.jpa.JpaCrmPersistence;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadScore;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.port.in.BulkLeadAction;
import org.smartbizflow.crm.lead.port.in.BulkLeadCommand;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.LeadSelection;
import org.smartbizflow.crm.lead.port.in.RescoreLeads;
import org.smartbizflow.crm.lead.port.in.RescoreLeadsReport;
import org.smartbizflow.crm.lead.port.in.UpdateLead;
import org.smartbizflow.crm.scoring.Factor;
import org.smartbizflow.crm.scoring.Grade;
import org.smartbizflow.crm.scoring.rules.RuleBasedLeadScorer;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.TenantId;

/**
 * crm-scoring's rule-based scorer plugged into the CRM on a real database: a lead is scored in
 * the transaction that captures or edits it and in the one that logs a meeting with it, the
 * score is stored with its factors and its rounded value on the lead, a rule change is a bulk
 * re-score, and deleting a lead deletes its score.
 */
class LeadScoresOnDatabasesTest {

    private static final String RULES = """
            { "name": "Inbound B2B", "version": "VERSION", "fitWeight": 0.6,
              "fit": { "cap": 60, "rules": [
                { "id": "target-industry", "field": "industry", "in": ["Software", "Finance"], "points": 20 },
                { "id": "uk", "field": "country", "equals": "GB", "points": 10 },
                { "id": "decision-maker", "field": "title", "contains": ["VP", "Director"], "points": 15 } ] },
              "engagement": { "cap": 100, "halfLifeDays": 30, "rules": [
                { "id": "meeting", "event": "MEETING_HELD", "points": 40, "halfLifeDays": 60 } ] } }
            """;

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void on(Databases.Kind database) throws SQLException {
        database.run(LeadScoresOnDatabasesTest::scenario);
    }

    private static void scenario(JpaCrmPersistence store) {
        TenantId tenant = TenantId.of("scores-" + UUID.randomUUID().toString().substring(0, 8));
        CrmSession rep = session(store, "v1", tenant);
        LeadId linus = rep.leads().capture(new CaptureLead("Linus Byte", "Kernel Works",
                EmailAddress.of("linus@kernel.example"), PhoneNumber.parse("+44 20 7946 0101"), LeadSource.WEB_FORM)
                .withCustomFields(CustomFields.none().with("industry", CustomValue.text("Software"))
                        .with("title", CustomValue.text("VP Engineering"))));
        LeadId other = rep.leads().capture(new CaptureLead("Sam Student", null, null, null, LeadSource.API));

        LeadScore onCapture = rep.leadScores().latestScore(linus).orElseThrow();
        assertThat(onCapture.value()).isEqualTo(45);
        assertThat(onCapture.grade()).isEqualTo(Grade.B);
        assertThat(onCapture.factors()).extracting(Factor::name)
                .containsExactly("target-industry", "decision-maker", "uk");
        assertThat(rep.leads().get(linus).score()).isEqualTo(45);

        rep.leads().update(UpdateLead.of(linus).customField("title", CustomValue.text("Engineer")));
        assertThat(rep.leadScores().latestScore(linus).orElseThrow().value()).isEqualTo(30);

        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        rep.activities().schedule(ScheduleActivity.meeting("Demo", yesterday, yesterday.plus(Duration.ofHours(1)),
                ZoneId.of("Europe/London")).about(RecordLink.lead(linus)).loggedWithOutcome("wants a trial"));
        LeadScore afterMeeting = rep.leadScores().latestScore(linus).orElseThrow();
        assertThat(afterMeeting.value()).isGreaterThan(30);
        assertThat(afterMeeting.factors()).extracting(Factor::name).contains("meeting");
        assertThat(rep.leads().get(linus).score()).isEqualTo(afterMeeting.rounded());

        List<String> progress = new ArrayList<>();
        RescoreLeadsReport report = session(store, "v2", tenant).leadScores().rescore(RescoreLeads.all()
                .inBatchesOf(1).reportingTo((done, total) -> progress.add(done + "/" + total)));
        assertThat(report.scored()).isEqualTo(2);
        assertThat(report.failures()).isEmpty();
        assertThat(progress).containsExactly("1/2", "2/2");
        assertThat(rep.leadScores().latestScore(linus).orElseThrow().version()).isEqualTo("v2");
        assertThat(rep.leadScores().rescore(RescoreLeads.all()).scored()).as("v1 again: both stale").isEqualTo(2);

        rep.leads().apply(new BulkLeadCommand(new LeadSelection.Ids(List.of(other)), BulkLeadAction.delete()));
        assertThat(store.transactions().inTransaction(() -> store.leads().findScore(tenant, other))).isEmpty();
        assertThat(rep.leadScores().latestScore(linus)).isPresent();
    }

    private static CrmSession session(JpaCrmPersistence store, String version, TenantId tenant) {
        return Crm.builder().persistence(store)
                .leadScorer(RuleBasedLeadScorer.fromJson(RULES.replace("VERSION", version)))
                .build().session(tenant, Actor.system());
    }
}
