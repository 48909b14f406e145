package org.smartbizflow.crm.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.port.in.AccountNextActions;
import org.smartbizflow.crm.account.port.in.CreateAccount;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.opportunity.OpportunityDetails;
import org.smartbizflow.crm.opportunity.port.in.CreateOpportunity;
import org.smartbizflow.crm.scoring.AccountActionContext;
import org.smartbizflow.crm.scoring.FeatureValues;
import org.smartbizflow.crm.scoring.Prediction;
import org.smartbizflow.crm.scoring.RecommendedAction;
import org.smartbizflow.crm.scoring.ScoreExplanation;
import org.smartbizflow.crm.scoring.Sentiment;
import org.smartbizflow.crm.scoring.port.out.AccountActionRecommender;
import org.smartbizflow.crm.scoring.port.out.NextBestActionRecommender;
import org.smartbizflow.crm.shared.AccessDeniedException;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;

/** The facts an account's next actions are built from, and how the session hands them over. */
class AccountNextActionsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final TenantId acme = TenantId.of("acme");
    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final AtomicReference<AccountActionContext> saw = new AtomicReference<>();
    private final RecommendedAction suggestion = new RecommendedAction(RecommendedAction.ActionType.RETENTION_CALL,
            90, "churn risk is high");

    /** Remembers what it was told about an account and suggests one action. */
    private final AccountActionRecommender recommender = context -> {
        saw.set(context);
        return List.of(suggestion);
    };

    private Crm.Builder crm() {
        return Crm.builder().persistence(store).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .accessPolicy(AccessPolicies.ownerOrManager());
    }

    private final CrmSession rep = crm().accountNextBestAction(recommender)
            .churnRiskModel(features -> new Prediction(0.8, "churn-test", ScoreExplanation.none()))
            .sentimentScorer(text -> text.contains("unhappy") ? new Sentiment(-0.9, Sentiment.Label.NEGATIVE, List.of())
                    : new Sentiment(0.2, Sentiment.Label.POSITIVE, List.of()))
            .build().session(acme, Actor.user("rep-1", Role.SALES_REP));

    private AccountId account() {
        return rep.accounts().create(new CreateAccount(AccountProfile.named("Analytical Engines Ltd")));
    }

    @Test
    void theRecommenderIsToldTheChurnRiskTheWorkFiledUnderTheAccountAndItsOpenDeals() {
        AccountId id = account();
        RecordLink link = RecordLink.account(id);
        rep.activities().schedule(ScheduleActivity.call("QBR", NOW.minus(Duration.ofDays(20)), Duration.ofMinutes(30),
                LONDON).about(link).loggedWithOutcome("customer unhappy with support"));
        rep.activities().schedule(ScheduleActivity.call("Intro", NOW.minus(Duration.ofDays(90)), Duration.ofMinutes(30),
                LONDON).about(link).loggedWithOutcome("fine"));
        rep.activities().schedule(ScheduleActivity.task("Send the renewal quote", NOW.minus(Duration.ofDays(2)), LONDON)
                .about(link));
        rep.activities().schedule(ScheduleActivity.task("Check usage", NOW.plus(Duration.ofDays(2)), LONDON)
                .about(link));
        rep.opportunities().create(CreateOpportunity.of("Renewal 2027", Money.of("1000.00", "GBP"),
                LocalDate.of(2027, 3, 31)).with(new OpportunityDetails("Renewal 2027", id, null, null, null, null,
                Money.of("1000.00", "GBP"), LocalDate.of(2027, 3, 31), null, List.of(), List.of(),
                CustomFields.none())));

        AccountNextActions next = rep.accounts().nextActions(id);

        assertThat(next.accountId()).isEqualTo(id);
        assertThat(next.actions()).containsExactly(suggestion);
        // the call ended 19 days and 23.5 hours ago: 19 whole days
        assertThat(next.context()).isEqualTo(saw.get()).isEqualTo(new AccountActionContext(OptionalDouble.of(0.8), 19,
                2, 1, 1, false, OptionalDouble.of(-0.9)));
    }

    /**
     * The activities are read once for the work facts and the churn model's attributes, which
     * count the completed activities only, as {@code churnRisk} does on its own.
     */
    @Test
    void theChurnModelIsGivenTheSameAttributesAsByChurnRisk() {
        List<FeatureValues> given = new ArrayList<>();
        CrmSession session = crm().accountNextBestAction(recommender)
                .churnRiskModel(features -> {
                    given.add(features);
                    return new Prediction(0.3, "churn-test", ScoreExplanation.none());
                })
                .build().session(acme, Actor.user("rep-1", Role.SALES_REP));
        AccountId id = session.accounts().create(new CreateAccount(AccountProfile.named("Analytical Engines Ltd")
                .withIndustry("Manufacturing")));
        RecordLink link = RecordLink.account(id);
        session.activities().schedule(ScheduleActivity.call("QBR", NOW.minus(Duration.ofDays(20)),
                Duration.ofMinutes(30), LONDON).about(link).loggedWithOutcome("fine"));
        session.activities().schedule(ScheduleActivity.call("Old call", NOW.minus(Duration.ofDays(200)),
                Duration.ofMinutes(30), LONDON).about(link).loggedWithOutcome("fine"));
        session.activities().schedule(ScheduleActivity.task("Send the renewal quote", NOW.minus(Duration.ofDays(2)),
                LONDON).about(link));

        AccountNextActions next = session.accounts().nextActions(id);
        session.accountChurn().churnRisk(id);

        assertThat(next.context().churnRisk()).hasValue(0.3);
        assertThat(given).hasSize(2);
        assertThat(given.get(0)).isEqualTo(given.get(1));
        assertThat(given.get(0).values()).containsEntry("industry", "Manufacturing")
                .containsEntry("days_since_last_activity", 19L).containsEntry("activities_last_90_days", 1)
                .containsEntry("open_deals", 0L);
    }

    @Test
    void withoutAChurnModelOrActivityTheFactsSaySoAndTheUsualErrorsApply() {
        CrmSession plain = crm().accountNextBestAction(recommender).build().session(acme, Actor.user("rep-1", Role.SALES_REP));
        AccountId id = plain.accounts().create(new CreateAccount(AccountProfile.named("Quiet plc")));
        rep.activities().schedule(ScheduleActivity.meeting("Kick-off", NOW.plus(Duration.ofDays(7)),
                NOW.plus(Duration.ofDays(7)).plus(Duration.ofHours(1)), LONDON).about(RecordLink.account(id)));

        plain.accounts().nextActions(id);

        assertThat(saw.get()).isEqualTo(new AccountActionContext(OptionalDouble.empty(), -1, 0, 0, 0, true,
                OptionalDouble.empty()));
        assertThatThrownBy(() -> crm().accountNextBestAction(recommender).build()
                .session(acme, Actor.user("rep-2", Role.SALES_REP)).accounts().nextActions(id))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plain.accounts().nextActions(AccountId.of(java.util.UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> crm().build().session(acme, Actor.user("rep-1", Role.SALES_REP)).accounts()
                .nextActions(id)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no next-best-action recommender for accounts");
        NextBestActionRecommender leadsOnly = context -> List.of();
        assertThatThrownBy(() -> crm().nextBestAction(leadsOnly).build()
                .session(acme, Actor.user("rep-1", Role.SALES_REP)).accounts().nextActions(id))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("accountNextBestAction");
    }
}
