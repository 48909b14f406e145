package org.smartbizflow.crm.opportunity;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * How often deals moved from one stage to another, and how long they had been in the stage
 * they left: one cell of a pipeline's transition matrix, counted from the stage history.
 *
 * @param from          the stage left
 * @param to            the stage entered
 * @param moves         how many moves
 * @param secondsInFrom the time the moving deals had spent in {@code from}, summed
 */
public record StageTransition(StageId from, StageId to, long moves, long secondsInFrom) {

    public StageTransition {
        Preconditions.notNull(from, "from");
        Preconditions.notNull(to, "to");
        Preconditions.check(moves >= 0, "moves", "must not be negative");
        Preconditions.check(secondsInFrom >= 0, "secondsInFrom", "must not be negative");
    }
}
