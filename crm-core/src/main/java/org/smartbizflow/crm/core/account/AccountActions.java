package org.smartbizflow.crm.core.account;

import java.util.List;
import java.util.OptionalDouble;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.port.in.AccountNextActions;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.core.runtime.WorkFacts;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.StageType;
import org.smartbizflow.crm.scoring.AccountActionContext;
import org.smartbizflow.crm.scoring.RecommendedAction;
import org.smartbizflow.crm.scoring.port.out.AccountActionRecommender;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Next best actions for an account: the facts are read in one transaction (the account, the
 * work filed under it, its open deals), the churn risk comes from the churn model when one is
 * configured, and the configured recommender ranks the actions.
 */
final class AccountActions {

    private final AccountService service;

    AccountActions(AccountService service) {
        this.service = service;
    }

    AccountNextActions nextActions(AccountId accountId) {
        Preconditions.notNull(accountId, "accountId");
        AccountActionRecommender recommender = service.runtime().scoring().accountRecommender();
        if (recommender == null) {
            throw new IllegalStateException("no next-best-action recommender for accounts is configured: pass "
                    + "Crm.builder().accountNextBestAction(...), or a nextBestAction(...) that also implements "
                    + "AccountActionRecommender, such as RuleBasedNextBestAction");
        }
        record Facts(WorkFacts work, int openDeals) {
        }
        Facts facts = service.runtime().transactions().inTransaction(() -> {
            service.runtime().requireAccess(service.context(), Action.READ,
                    AccountService.access(service.load(accountId).view()));
            WorkFacts work = WorkFacts.of(service.runtime(), service.tenant(), RecordLink.account(accountId));
            long open = service.runtime().persistence().opportunities().count(service.tenant(),
                    OpportunityFilter.any().forAccount(accountId).ofTypes(StageType.OPEN));
            return new Facts(work, (int) Math.min(open, Integer.MAX_VALUE));
        });
        OptionalDouble risk = service.runtime().scoring().churn() == null ? OptionalDouble.empty()
                : OptionalDouble.of(AccountUseCases.churn(service.runtime(), service.context()).churnRisk(accountId)
                        .prediction().probability());
        WorkFacts work = facts.work();
        AccountActionContext context = new AccountActionContext(risk, work.daysSinceLastActivity(), work.openTasks(),
                work.overdueTasks(), facts.openDeals(), work.meetingScheduled(), work.recentSentiment());
        List<RecommendedAction> actions = recommender.recommendForAccount(context);
        return new AccountNextActions(accountId, context, actions == null ? List.of() : actions);
    }
}
