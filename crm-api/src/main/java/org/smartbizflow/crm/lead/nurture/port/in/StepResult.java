package org.smartbizflow.crm.lead.nurture.port.in;

import org.smartbizflow.crm.lead.nurture.DueStep;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * What a scheduler's run did with one due step.
 *
 * @param step    the due step
 * @param stepKey the step's key, or null when it was not reached
 * @param outcome what happened
 * @param detail  why, or what was done; may be null
 */
public record StepResult(DueStep step, String stepKey, Outcome outcome, String detail) {

    /** What became of a due step. */
    public enum Outcome {
        /** The step ran. */
        DONE,
        /** The step was claimed and run, and its action failed; it is not retried. */
        FAILED,
        /**
         * The step was claimed and not run because a rule forbids it (an e-mail to a lead or
         * contact without valid e-mail consent); it is not retried and the sequence goes on.
         */
        SKIPPED,
        /** Another scheduler claimed it first, or it was no longer due; nothing was run. */
        NOT_CLAIMED,
        /** The enrolment ended instead (its lead was converted, merged, disqualified or deleted). */
        ENDED
    }

    public StepResult {
        Preconditions.notNull(step, "step");
        Preconditions.notNull(outcome, "outcome");
    }
}
