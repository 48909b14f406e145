package org.smartbizflow.crm.scoring.port.out;

import java.util.List;
import org.smartbizflow.crm.scoring.ActionContext;
import org.smartbizflow.crm.scoring.RecommendedAction;

/** Suggests what a rep should do next with a lead or account, ranked, each with its reason. */
public interface NextBestActionRecommender {

    /** Suggested actions, highest priority first; empty when nothing is worth doing. */
    List<RecommendedAction> recommend(ActionContext context);
}
