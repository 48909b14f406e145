package org.smartbizflow.crm.core.account;

import java.util.List;
import java.util.OptionalDouble;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.port.in.AccountNextActions;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.core.runtime.FiledActivities;
import org.smartbizflow.crm.core.runtime.WorkFacts;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.StageType;
import org.smartbizflow.crm.scoring.AccountActionContext;
import org.smartbizflow.crm.scoring.FeatureValues;
import org.smartbizflow.crm.scoring.RecommendedAction;
import org.smartbizflow.crm.scoring.port.out.AccountActionRecommender;
import org.smartbizflow.crm.scoring.port.out.ChurnRiskModel;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Next best actions for an account: the facts are read in one transaction (the account, the
 * work filed under it, its open deals, and from the same reads the churn model's attributes
 * when a churn model is configured), the model gives the churn risk, and the configured
 * recommender ranks the actions.
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
        ChurnRiskModel churn = service.runtime().scoring().churn();
        record Facts(WorkFacts work, int openDeals, FeatureValues churnAttributes) {
        }
        // one read of the account's activities serves the work facts and the churn model's attributes
        Facts facts = service.runtime().transactions().inTransaction(() -> {
            AccountView account = service.load(accountId).view();
            service.runtime().requireAccess(service.context(), Action.READ, AccountService.access(account));
            List<ActivityView> activities = FiledActivities.of(service.runtime(), service.tenant(),
                    RecordLink.account(accountId), null);
            WorkFacts work = WorkFacts.of(service.runtime(), activities);
            long open = service.runtime().persistence().opportunities().count(service.tenant(),
                    OpportunityFilter.any().forAccount(accountId).ofTypes(StageType.OPEN));
            FeatureValues attributes = churn == null ? null : new FeatureValues(
                    AccountChurn.attributes(service.runtime(), service.tenant(), account, activities));
            return new Facts(work, (int) Math.min(open, Integer.MAX_VALUE), attributes);
        });
        OptionalDouble risk = churn == null ? OptionalDouble.empty()
                : OptionalDouble.of(AccountChurn.assess(churn, accountId, facts.churnAttributes()).prediction()
                        .probability());
        WorkFacts work = facts.work();
        AccountActionContext context = new AccountActionContext(risk, work.daysSinceLastActivity(), work.openTasks(),
                work.overdueTasks(), facts.openDeals(), work.meetingScheduled(), work.recentSentiment());
        List<RecommendedAction> actions = recommender.recommendForAccount(context);
        return new AccountNextActions(accountId, context, actions == null ? List.of() : actions);
    }
}
