package org.smartbizflow.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.scoring.RecommendedAction.ActionType;
import org.smartbizflow.crm.scoring.action.RuleBasedNextBestAction;
import org.smartbizflow.crm.shared.ValidationException;

/** The account rules of {@link RuleBasedNextBestAction}. */
class AccountNextBestActionTest {

    private final RuleBasedNextBestAction recommender = RuleBasedNextBestAction.defaults();

    private static AccountActionContext account(Double risk, int idle, int openTasks, int overdue, int openDeals,
                                                boolean meeting, Double tone) {
        return new AccountActionContext(risk == null ? OptionalDouble.empty() : OptionalDouble.of(risk), idle,
                openTasks, overdue, openDeals, meeting, tone == null ? OptionalDouble.empty() : OptionalDouble.of(tone));
    }

    @Test
    void aHighRiskAccountGetsARetentionCallAboveItsOpenDealsAndFollowUp() {
        List<RecommendedAction> actions = recommender.recommendForAccount(account(0.8, 30, 0, 0, 2, false, null));

        assertThat(actions).extracting(RecommendedAction::action).containsExactly(ActionType.RETENTION_CALL,
                ActionType.BOOK_MEETING, ActionType.SEND_FOLLOW_UP);
        assertThat(actions.get(0).priority()).isEqualTo(90);
        assertThat(actions.get(0).reason()).isEqualTo("churn risk 80% is high and the last contact was 30 day(s) ago");
        assertThat(actions.get(1).reason()).isEqualTo("2 open opportunity(ies) and no meeting booked");
    }

    @Test
    void aBookedMeetingCoversTheRetentionCallAndTheOpenDeals() {
        assertThat(recommender.recommendForAccount(account(0.8, 3, 0, 0, 2, true, null))).isEmpty();
    }

    @Test
    void anActiveLowRiskAccountWithoutADealIsWorthExpandingAndNeverDisqualified() {
        List<RecommendedAction> actions = recommender.recommendForAccount(account(0.1, 5, 0, 0, 0, false, null));

        assertThat(actions).extracting(RecommendedAction::action).containsExactly(ActionType.CREATE_OPPORTUNITY);
        assertThat(actions.get(0).reason()).contains("churn risk 10% is low").contains("room to expand");
        assertThat(recommender.recommendForAccount(account(null, 400, 0, 0, 0, false, null)))
                .extracting(RecommendedAction::action).containsExactly(ActionType.SEND_FOLLOW_UP);
        assertThat(recommender.recommendForAccount(account(null, -1, 0, 0, 0, false, null)))
                .extracting(RecommendedAction::reason).containsExactly("no activity is recorded for the account");
    }

    @Test
    void negativeNotesAndOverdueTasksCountAsForLeads() {
        List<RecommendedAction> actions = recommender.recommendForAccount(account(0.3, 2, 3, 2, 0, false, -0.75));

        assertThat(actions).extracting(RecommendedAction::action)
                .containsExactly(ActionType.ESCALATE_TO_MANAGER, ActionType.CLEAR_OVERDUE_TASKS);
        assertThat(actions.get(1).reason()).isEqualTo("2 task(s) are overdue");
    }

    @Test
    void theChurnThresholdIsTheHostsAndChecked() {
        RuleBasedNextBestAction cautious = new RuleBasedNextBestAction(70, 14, 20, 0.3);
        assertThat(cautious.recommendForAccount(account(0.35, 1, 0, 0, 0, false, null)))
                .extracting(RecommendedAction::action).containsExactly(ActionType.RETENTION_CALL);
        assertThat(recommender.recommendForAccount(account(0.35, 1, 0, 0, 0, false, null))).isEmpty();
        assertThat(new RuleBasedNextBestAction(70, 14, 20).highChurnRisk())
                .isEqualTo(RuleBasedNextBestAction.DEFAULT_HIGH_CHURN_RISK);
        assertThatThrownBy(() -> new RuleBasedNextBestAction(70, 14, 20, 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("highChurnRisk");
        assertThatThrownBy(() -> account(1.5, 1, 0, 0, 0, false, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("churnRisk");
    }

    @Property
    void actionsAreRankedWithinRangeAndAppearOnceEach(@ForAll @DoubleRange(min = 0, max = 1) double risk,
                                                      @ForAll @IntRange(min = -1, max = 500) int idle,
                                                      @ForAll @IntRange(min = 0, max = 20) int openTasks,
                                                      @ForAll @IntRange(min = 0, max = 20) int overdue,
                                                      @ForAll @IntRange(min = 0, max = 50) int openDeals,
                                                      @ForAll boolean meeting,
                                                      @ForAll @DoubleRange(min = -1, max = 1) double tone) {
        List<RecommendedAction> actions = recommender.recommendForAccount(account(risk, idle, openTasks,
                Math.min(overdue, openTasks), openDeals, meeting, tone));

        assertThat(actions).extracting(RecommendedAction::priority)
                .allSatisfy(p -> assertThat(p).isBetween(0.0, 100.0))
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(actions).extracting(RecommendedAction::action).doesNotHaveDuplicates()
                .doesNotContain(ActionType.DISQUALIFY, ActionType.NURTURE, ActionType.CALL_NOW);
        assertThat(actions.stream().anyMatch(a -> a.action() == ActionType.RETENTION_CALL))
                .isEqualTo(risk >= RuleBasedNextBestAction.DEFAULT_HIGH_CHURN_RISK && !meeting);
    }
}
