package org.smartbizflow.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.scoring.RecommendedAction.ActionType;
import org.smartbizflow.crm.scoring.action.RuleBasedNextBestAction;

class NextBestActionTest {

    private final RuleBasedNextBestAction recommender = RuleBasedNextBestAction.defaults();

    @Test
    void aHotUntouchedLeadIsCalledFirst() {
        List<RecommendedAction> actions = recommender.recommend(new ActionContext(85, Grade.A, -1, 0, 0, 0, false,
                OptionalDouble.empty()));
        assertThat(actions).extracting(RecommendedAction::action)
                .containsExactly(ActionType.CALL_NOW, ActionType.CREATE_OPPORTUNITY);
        assertThat(actions.get(0).reason()).contains("nobody has contacted it");
    }

    @Test
    void anAngryCustomerIsEscalatedAboveEverythingElse() {
        List<RecommendedAction> actions = recommender.recommend(new ActionContext(60, Grade.B, 20, 3, 2, 1, false,
                OptionalDouble.of(-0.8)));
        assertThat(actions.get(0).action()).isEqualTo(ActionType.ESCALATE_TO_MANAGER);
        assertThat(actions).extracting(RecommendedAction::action)
                .contains(ActionType.CLEAR_OVERDUE_TASKS, ActionType.BOOK_MEETING, ActionType.SEND_FOLLOW_UP);
        assertThat(actions).extracting(RecommendedAction::priority).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aColdIdleLeadIsDisqualifiedAndAWarmOneNurtured() {
        assertThat(recommender.recommend(new ActionContext(5, Grade.D, 90, 0, 0, 0, false, OptionalDouble.empty())))
                .extracting(RecommendedAction::action).containsExactly(ActionType.DISQUALIFY);
        assertThat(recommender.recommend(new ActionContext(45, Grade.C, 3, 0, 0, 0, false, OptionalDouble.empty())))
                .extracting(RecommendedAction::action).containsExactly(ActionType.NURTURE);
    }
}
