package org.smartbizflow.crm.lead.port.in;

import java.util.List;
import org.smartbizflow.crm.scoring.ActionContext;
import org.smartbizflow.crm.scoring.RecommendedAction;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * What a rep should do next with a lead, highest priority first, with the facts the
 * recommender was given, so a suggestion can be checked against them.
 *
 * @param context what the recommender saw
 * @param actions the suggestions, highest priority first; empty when nothing is worth doing
 */
public record NextActions(ActionContext context, List<RecommendedAction> actions) {

    public NextActions {
        Preconditions.notNull(context, "context");
        actions = List.copyOf(Preconditions.notNull(actions, "actions"));
    }
}
