package org.smartbizflow.crm.scoring.port.out;

import java.util.List;
import org.smartbizflow.crm.scoring.AccountActionContext;
import org.smartbizflow.crm.scoring.ActionContext;
import org.smartbizflow.crm.scoring.RecommendedAction;

/** Suggests what a rep should do next with a lead or account, ranked, each with its reason. */
public interface NextBestActionRecommender {

    /** Suggested actions for a lead, highest priority first; empty when nothing is worth doing. */
    List<RecommendedAction> recommend(ActionContext context);

    /**
     * Suggested actions for an account, highest priority first; empty when nothing is worth
     * doing. A recommender written for leads only does not override this and refuses.
     *
     * @throws UnsupportedOperationException when the recommender has no rules for accounts
     */
    default List<RecommendedAction> recommendForAccount(AccountActionContext context) {
        throw new UnsupportedOperationException(getClass().getName() + " has no rules for accounts: "
                + "implement recommendForAccount, or configure RuleBasedNextBestAction");
    }
}
