package org.smartbizflow.crm.examples.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadScore;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.RescoreLeads;
import org.smartbizflow.crm.lead.port.in.RescoreLeadsReport;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.scoring.Factor;
import org.smartbizflow.crm.lead.port.in.NextActions;
import org.smartbizflow.crm.scoring.action.RuleBasedNextBestAction;
import org.smartbizflow.crm.scoring.rules.RuleBasedLeadScorer;
import org.smartbizflow.crm.scoring.sentiment.LexiconSentimentScorer;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;

/**
 * The demo's lead-scoring part: crm-scoring's rule-based scorer plugged into the CRM, so that
 * every change to a lead and every meeting held with it re-scores it in the same transaction,
 * with the factors kept; then a rule change and the bulk re-score of the stale leads.
 */
public final class LeadScoringDemo {

    static final String RULES_V1 = """
            { "name": "Inbound B2B", "version": "2026-11-01", "fitWeight": 0.6,
              "grades": { "fit": 50, "engagement": 40 },
              "fit": { "cap": 60, "rules": [
                { "id": "target-industry", "field": "industry", "in": ["Software", "Finance"], "points": 20 },
                { "id": "uk", "field": "country", "equals": "GB", "points": 10 },
                { "id": "decision-maker", "field": "title", "contains": ["VP", "Director", "Chief"], "points": 15 },
                { "id": "student", "field": "email_domain", "contains": ".edu", "points": -30 } ] },
              "engagement": { "cap": 100, "halfLifeDays": 30, "rules": [
                { "id": "call", "event": "CALL_HELD", "points": 20, "cap": 40 },
                { "id": "meeting", "event": "MEETING_HELD", "points": 40, "halfLifeDays": 60 } ] } }
            """;

    /** The same rules, a meeting now worth more: a new version, so every lead's score is stale. */
    static final String RULES_V2 = RULES_V1.replace("\"2026-11-01\"", "\"2026-11-24\"")
            .replace("\"points\": 40, \"halfLifeDays\": 60", "\"points\": 60, \"halfLifeDays\": 60");

    private LeadScoringDemo() {
    }

    /** Runs the part in a tenant of its own on the demo's database; prints what it did. */
    public static void run(CrmPersistence persistence, PrintStream out) {
        TenantId tenant = TenantId.of("globex");
        Crm crm = Crm.builder().persistence(persistence).leadScorer(RuleBasedLeadScorer.fromJson(RULES_V1))
                .nextBestAction(RuleBasedNextBestAction.defaults()).sentimentScorer(LexiconSentimentScorer.english())
                .build();
        CrmSession rep = crm.session(tenant, Actor.user("rep-ada", Role.SALES_REP));

        out.println("== Lead scoring: the rules score every change, with the factors kept");
        LeadId linus = rep.leads().capture(new CaptureLead("Linus Byte", "Kernel Works",
                EmailAddress.of("linus@kernel.example"), PhoneNumber.parse("+44 20 7946 0101"), LeadSource.WEB_FORM)
                .withCustomFields(CustomFields.none().with("industry", CustomValue.text("Software"))
                        .with("title", CustomValue.text("VP Engineering"))));
        rep.leads().capture(new CaptureLead("Sam Student", null, EmailAddress.of("sam@uni.edu"), null,
                LeadSource.WEB_FORM));
        print(out, "Linus on capture", rep.leadScores().latestScore(linus).orElseThrow());
        Instant yesterday = Clock.systemUTC().instant().minus(Duration.ofDays(1));
        rep.activities().schedule(ScheduleActivity.meeting("Demo of the product", yesterday,
                yesterday.plus(Duration.ofHours(1)), ZoneId.of("Europe/London")).about(RecordLink.lead(linus))
                .loggedWithOutcome("Great demo, they love the product and want a trial"));
        print(out, "Linus after a meeting", rep.leadScores().latestScore(linus).orElseThrow());
        NextActions next = rep.leadScores().nextActions(linus);
        out.printf(java.util.Locale.ROOT, "   next for Linus (idle %d day(s), tone of the last notes %.2f):%n",
                next.context().daysSinceLastActivity(), next.context().recentSentiment().orElse(0));
        next.actions().forEach(action -> out.printf(java.util.Locale.ROOT, "     %s (%.0f): %s%n", action.action(),
                action.priority(), action.reason()));

        out.println("== The rules change (meetings worth more): bulk re-score of the stale leads");
        Crm revised = Crm.builder().persistence(persistence).leadScorer(RuleBasedLeadScorer.fromJson(RULES_V2)).build();
        CrmSession manager = revised.session(tenant, Actor.user("mgr-mary", Role.SALES_MANAGER));
        RescoreLeadsReport report = manager.leadScores().rescore(RescoreLeads.all().reportingTo((done, total) ->
                out.println("   progress: " + done + " of " + total)));
        out.println("   re-scored " + report.scored() + " lead(s) with rules " + report.version() + ", "
                + report.failures().size() + " failure(s)");
        print(out, "Linus now", manager.leadScores().latestScore(linus).orElseThrow());
    }

    private static void print(PrintStream out, String what, LeadScore score) {
        out.printf(java.util.Locale.ROOT, "   %s: %.1f, grade %s (rules %s)%n", what, score.value(), score.grade(),
                score.version());
        for (Factor factor : score.factors()) {
            out.println("     " + factor.describe());
        }
    }
}
