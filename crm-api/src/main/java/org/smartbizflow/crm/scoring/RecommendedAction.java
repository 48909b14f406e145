package org.smartbizflow.crm.scoring;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * One suggested next step for a rep, with a priority to rank by and the reason in words, so
 * the suggestion can be trusted or overruled.
 *
 * @param action   what to do
 * @param priority higher first; 0 to 100
 * @param reason   why, in a sentence
 */
public record RecommendedAction(ActionType action, double priority, String reason) {

    /** The actions a recommender may suggest. */
    public enum ActionType {
        CALL_NOW,
        BOOK_MEETING,
        SEND_FOLLOW_UP,
        CLEAR_OVERDUE_TASKS,
        ESCALATE_TO_MANAGER,
        CREATE_OPPORTUNITY,
        NURTURE,
        DISQUALIFY,
        /** Call the account to address what puts it at risk of churning. */
        RETENTION_CALL
    }

    public RecommendedAction {
        Preconditions.notNull(action, "action");
        Preconditions.check(priority >= 0 && priority <= 100, "priority", "must be between 0 and 100");
        Preconditions.notBlank(reason, "reason");
    }
}
