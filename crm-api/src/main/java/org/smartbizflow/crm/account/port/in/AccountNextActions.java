package org.smartbizflow.crm.account.port.in;

import java.util.List;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.scoring.AccountActionContext;
import org.smartbizflow.crm.scoring.RecommendedAction;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * What a rep should do next with an account, highest priority first, with the facts the
 * recommender was given, so a suggestion can be checked against them.
 *
 * @param accountId the account
 * @param context   what the recommender saw
 * @param actions   the suggestions, highest priority first; empty when nothing is worth doing
 */
public record AccountNextActions(AccountId accountId, AccountActionContext context, List<RecommendedAction> actions) {

    public AccountNextActions {
        Preconditions.notNull(accountId, "accountId");
        Preconditions.notNull(context, "context");
        actions = List.copyOf(Preconditions.notNull(actions, "actions"));
    }
}
