package org.smartbizflow.crm.scoring;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * What a win-probability model sees of an open opportunity: its stage, age, size, activity
 * and stage history. A flat value so that the CRM's opportunity aggregate can change without
 * breaking trained models, and so models can be trained from exported history.
 *
 * @param stage               the current pipeline stage name
 * @param ageDays             days since the opportunity was created
 * @param amount              the amount in the reporting currency
 * @param daysInStage         days since it entered its current stage
 * @param activities          logged activities (calls, e-mails, meetings) so far
 * @param meetings            meetings held so far
 * @param stageChanges        forward and backward stage moves so far
 * @param backwardMoves       moves to an earlier stage so far
 * @param closeDatePushes     times the expected close date was moved later
 */
public record DealFeatures(String stage, int ageDays, double amount, int daysInStage, int activities,
                           int meetings, int stageChanges, int backwardMoves, int closeDatePushes) {

    public DealFeatures {
        Preconditions.notBlank(stage, "stage");
        Preconditions.check(ageDays >= 0, "ageDays", "must not be negative");
        Preconditions.check(Double.isFinite(amount) && amount >= 0, "amount", "must be a non-negative number");
        Preconditions.check(daysInStage >= 0 && daysInStage <= ageDays, "daysInStage",
                "must be between 0 and ageDays");
        Preconditions.check(activities >= 0, "activities", "must not be negative");
        Preconditions.check(meetings >= 0, "meetings", "must not be negative");
        Preconditions.check(stageChanges >= 0, "stageChanges", "must not be negative");
        Preconditions.check(backwardMoves >= 0 && backwardMoves <= stageChanges, "backwardMoves",
                "must be between 0 and stageChanges");
        Preconditions.check(closeDatePushes >= 0, "closeDatePushes", "must not be negative");
    }
}
