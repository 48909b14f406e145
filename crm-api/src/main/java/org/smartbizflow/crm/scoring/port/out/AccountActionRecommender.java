package org.smartbizflow.crm.scoring.port.out;

import java.util.List;
import org.smartbizflow.crm.scoring.AccountActionContext;
import org.smartbizflow.crm.scoring.RecommendedAction;

/**
 * Suggests what a rep should do next with an account, ranked, each with its reason. A
 * recommender for leads ({@link NextBestActionRecommender}) may implement this too, as
 * {@code RuleBasedNextBestAction} does; the CRM then uses it for both.
 */
@FunctionalInterface
public interface AccountActionRecommender {

    /** Suggested actions, highest priority first; empty when nothing is worth doing. */
    List<RecommendedAction> recommendForAccount(AccountActionContext context);
}
