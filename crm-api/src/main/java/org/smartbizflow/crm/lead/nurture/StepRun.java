package org.smartbizflow.crm.lead.nurture;

import java.time.Instant;
import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * The record of one step run: claimed once (the store refuses a second row for the same
 * enrolment and run number), then finished with its outcome. A run left CLAIMED means the
 * process stopped between claim and outcome; the step is not run again.
 *
 * @param enrolmentId the enrolment
 * @param run         the run number, unique per enrolment
 * @param tenantId    tenant
 * @param step        the step index
 * @param stepKey     the step key
 * @param outcome     what happened
 * @param detail      why it failed or what it did; null when nothing to say
 * @param messageId   the e-mail's message id for e-mail steps; null otherwise
 * @param claimedAt   when it was claimed
 * @param finishedAt  when its outcome was recorded; null while CLAIMED
 */
public record StepRun(EnrolmentId enrolmentId, long run, TenantId tenantId, int step, String stepKey, Outcome outcome,
                      String detail, UUID messageId, Instant claimedAt, Instant finishedAt) {

    public static final int DETAIL_MAX = 500;

    /**
     * What became of a run: claimed and not finished, done, failed (the action was tried and
     * failed), or skipped (not tried: a rule such as missing e-mail consent forbade it).
     */
    public enum Outcome { CLAIMED, DONE, FAILED, SKIPPED }

    public StepRun {
        Preconditions.notNull(enrolmentId, "enrolmentId");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notBlank(stepKey, "stepKey");
        Preconditions.notNull(outcome, "outcome");
        Preconditions.notNull(claimedAt, "claimedAt");
        detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        Preconditions.check((outcome == Outcome.CLAIMED) == (finishedAt == null), "finishedAt",
                "is set exactly once the run has an outcome");
    }

    /** A run just claimed. */
    public static StepRun claimed(EnrolmentId enrolmentId, long run, TenantId tenantId, int step, String stepKey,
                                  UUID messageId, Instant now) {
        return new StepRun(enrolmentId, run, tenantId, step, stepKey, Outcome.CLAIMED, null, messageId, now, null);
    }

    /** This run with its outcome. */
    public StepRun finish(Outcome result, String why, Instant now) {
        Preconditions.check(result != Outcome.CLAIMED, "outcome", "must be DONE, FAILED or SKIPPED");
        return new StepRun(enrolmentId, run, tenantId, step, stepKey, result, why, messageId, claimedAt, now);
    }
}
