package org.smartbizflow.crm.scoring;

import java.util.OptionalDouble;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * What a next-best-action recommender needs to know about a lead or account at one moment.
 * Plain numbers, computed by the caller with its own clock, so recommenders stay pure.
 *
 * @param score                  the current score, 0 to 100
 * @param grade                  the current grade
 * @param daysSinceLastActivity  days since anyone last touched the record, or -1 when never
 * @param openTasks              open tasks on the record
 * @param overdueTasks           open tasks past their due date
 * @param openOpportunities      open opportunities on the record
 * @param meetingScheduled       whether a future meeting is already booked
 * @param recentSentiment        tone of the latest notes, -1 to 1, if known
 */
public record ActionContext(double score, Grade grade, int daysSinceLastActivity, int openTasks,
                            int overdueTasks, int openOpportunities, boolean meetingScheduled,
                            OptionalDouble recentSentiment) {

    public ActionContext {
        Preconditions.check(score >= 0 && score <= 100, "score", "must be between 0 and 100");
        Preconditions.notNull(grade, "grade");
        Preconditions.check(daysSinceLastActivity >= -1, "daysSinceLastActivity", "must be -1 or more");
        Preconditions.check(openTasks >= 0, "openTasks", "must not be negative");
        Preconditions.check(overdueTasks >= 0 && overdueTasks <= openTasks, "overdueTasks",
                "must be between 0 and openTasks");
        Preconditions.check(openOpportunities >= 0, "openOpportunities", "must not be negative");
        Preconditions.notNull(recentSentiment, "recentSentiment");
    }
}
