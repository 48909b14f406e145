package org.smartbizflow.crm.scoring.port.out;

import java.util.List;
import org.smartbizflow.crm.scoring.ActionContext;
import org.smartbizflow.crm.scoring.RecommendedAction;

/**
 * Suggests what a rep should do next with a lead, ranked, each with its reason. For accounts
 * see {@link AccountActionRecommender}.
 */
public interface NextBestActionRecommender {

    /** Suggested actions for a lead, highest priority first; empty when nothing is worth doing. */
    List<RecommendedAction> recommend(ActionContext context);
}
