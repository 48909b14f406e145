package org.smartbizflow.crm.account.port.in;

import org.smartbizflow.crm.account.AccountId;

/**
 * Next best actions for an account from the {@code NextBestActionRecommender} the host
 * configured ({@code Crm.builder().nextBestAction(...)}). The recommender is given the
 * account's churn risk (when a churn model is configured, with the attributes
 * {@link AccountChurnUseCase} describes), whole days since the last completed activity filed
 * under the account took place, its open and overdue tasks, whether a meeting is booked, its
 * open opportunities, and the tone of its latest activity's outcome and notes (when a
 * {@code SentimentScorer} is configured). Nothing is written.
 */
public interface AccountNextActionsUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.NotFoundException when the tenant has no such account
     * @throws org.smartbizflow.crm.shared.AccessDeniedException when the actor may not read it
     * @throws IllegalStateException when no recommender is configured, or it has no rules for accounts
     */
    AccountNextActions nextActions(AccountId accountId);
}
