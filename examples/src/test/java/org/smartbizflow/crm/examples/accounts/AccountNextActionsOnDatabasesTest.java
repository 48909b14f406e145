package org.smartbizflow.crm.examples.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.port.in.AccountNextActions;
import org.smartbizflow.crm.account.port.in.CreateAccount;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.examples.Databases;
import org.smartbizflow.crm.jpa.JpaCrmPersistence;
import org.smartbizflow.crm.opportunity.OpportunityDetails;
import org.smartbizflow.crm.opportunity.port.in.CreateOpportunity;
import org.smartbizflow.crm.scoring.AccountActionContext;
import org.smartbizflow.crm.scoring.Prediction;
import org.smartbizflow.crm.scoring.RecommendedAction;
import org.smartbizflow.crm.scoring.RecommendedAction.ActionType;
import org.smartbizflow.crm.scoring.ScoreExplanation;
import org.smartbizflow.crm.scoring.action.RuleBasedNextBestAction;
import org.smartbizflow.crm.scoring.sentiment.LexiconSentimentScorer;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.TenantId;

/**
 * An account's next actions on the JPA adapter, on every database the CRM supports (servers
 * when {@code CRM_TEST_POSTGRES_URL} / {@code CRM_TEST_MARIADB_URL} name them): the work filed
 * under the account and its open deals are read from the real tables, the tone of the latest
 * call from the shipped lexicon, and the shipped rules rank the actions. The churn model stands
 * in for the host's trained one.
 */
class AccountNextActionsOnDatabasesTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final String marker = Databases.marker();

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void on(Databases.Kind database) throws SQLException {
        database.run(this::scenario);
    }

    private void scenario(JpaCrmPersistence store) {
        CrmSession session = Crm.builder().persistence(store).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .nextBestAction(RuleBasedNextBestAction.defaults()).sentimentScorer(LexiconSentimentScorer.english())
                .churnRiskModel(features -> new Prediction(0.7, "host-model", ScoreExplanation.none()))
                .build().session(TenantId.of("nba-" + marker), Actor.system());
        AccountId id = session.accounts().create(new CreateAccount(AccountProfile.named("Analytical Engines Ltd")));
        RecordLink link = RecordLink.account(id);
        session.activities().schedule(ScheduleActivity.call("QBR", NOW.minus(Duration.ofDays(20)),
                Duration.ofMinutes(30), LONDON).about(link)
                .loggedWithOutcome("The customer is angry and frustrated: support was terrible and slow"));
        session.activities().schedule(ScheduleActivity.task("Send the renewal quote", NOW.minus(Duration.ofDays(2)),
                LONDON).about(link));
        session.opportunities().create(CreateOpportunity.of("Renewal 2027", Money.of("1000.00", "GBP"),
                LocalDate.of(2027, 3, 31)).with(new OpportunityDetails("Renewal 2027", id, null, null, null, null,
                Money.of("1000.00", "GBP"), LocalDate.of(2027, 3, 31), null, List.of(), List.of(),
                CustomFields.none())));

        AccountNextActions next = session.accounts().nextActions(id);

        AccountActionContext facts = next.context();
        assertThat(facts.churnRisk()).isEqualTo(OptionalDouble.of(0.7));
        assertThat(facts.daysSinceLastActivity()).isEqualTo(19);
        assertThat(facts.openTasks()).isEqualTo(1);
        assertThat(facts.overdueTasks()).isEqualTo(1);
        assertThat(facts.openOpportunities()).isEqualTo(1);
        assertThat(facts.meetingScheduled()).isFalse();
        assertThat(facts.recentSentiment().orElseThrow()).isLessThan(-0.5);
        assertThat(next.actions()).extracting(RecommendedAction::action).containsExactly(
                ActionType.ESCALATE_TO_MANAGER, ActionType.RETENTION_CALL, ActionType.CLEAR_OVERDUE_TASKS,
                ActionType.BOOK_MEETING, ActionType.SEND_FOLLOW_UP);
    }
}
