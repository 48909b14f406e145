package org.smartbizflow.crm.scoring;

import java.util.OptionalDouble;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * What a next-best-action recommender needs to know about an account at one moment: its churn
 * risk when a churn model is configured, the recency of contact, open work and open deals.
 * Plain numbers computed by the caller with its own clock, so recommenders stay pure.
 *
 * @param churnRisk             the calibrated probability that the account churns, 0 to 1, if
 *                              a churn model gave one
 * @param daysSinceLastActivity days since the last completed activity filed under the account
 *                              took place, or -1 when there is none
 * @param openTasks             open tasks filed under the account
 * @param overdueTasks          open tasks past their due date
 * @param openOpportunities     the account's open opportunities
 * @param meetingScheduled      whether a future meeting is already booked
 * @param recentSentiment       tone of the latest completed activity's outcome and notes, -1 to 1,
 *                              if a sentiment scorer read it
 */
public record AccountActionContext(OptionalDouble churnRisk, int daysSinceLastActivity, int openTasks,
                                   int overdueTasks, int openOpportunities, boolean meetingScheduled,
                                   OptionalDouble recentSentiment) {

    public AccountActionContext {
        Preconditions.notNull(churnRisk, "churnRisk");
        churnRisk.ifPresent(risk -> Preconditions.check(risk >= 0 && risk <= 1, "churnRisk",
                "must be between 0 and 1"));
        Preconditions.check(daysSinceLastActivity >= -1, "daysSinceLastActivity", "must be -1 or more");
        Preconditions.check(openTasks >= 0, "openTasks", "must not be negative");
        Preconditions.check(overdueTasks >= 0 && overdueTasks <= openTasks, "overdueTasks",
                "must be between 0 and openTasks");
        Preconditions.check(openOpportunities >= 0, "openOpportunities", "must not be negative");
        Preconditions.notNull(recentSentiment, "recentSentiment");
    }
}
