package org.smartbizflow.crm.lead.nurture;

import java.time.Instant;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * An enrolment's state at one version: what queries return and what stores persist.
 *
 * @param id         identity
 * @param tenantId   tenant
 * @param sequenceId the sequence
 * @param leadId     the lead
 * @param status     where it stands
 * @param step       index of the next step to run (of the last one run, once not active)
 * @param run        how many steps have been run; the next run's number
 * @param dueAt      when the next step is due; null once not active
 * @param enrolledAt when the lead was enrolled
 * @param endedAt    when it completed or ended; null while active
 * @param endReason  why it ended early; null otherwise
 * @param version    optimistic-concurrency version, 0 when first stored
 */
public record EnrolmentView(EnrolmentId id, TenantId tenantId, NurtureSequenceId sequenceId, LeadId leadId,
                            EnrolmentStatus status, int step, long run, Instant dueAt, Instant enrolledAt,
                            Instant endedAt, String endReason, long version) {

    public EnrolmentView {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(sequenceId, "sequenceId");
        Preconditions.notNull(leadId, "leadId");
        Preconditions.notNull(status, "status");
        Preconditions.check(step >= 0, "step", "must not be negative");
        Preconditions.check(run >= 0, "run", "must not be negative");
        Preconditions.notNull(enrolledAt, "enrolledAt");
        Preconditions.check((status == EnrolmentStatus.ACTIVE) == (dueAt != null), "dueAt",
                "is set exactly while the enrolment is active");
        Preconditions.check((status == EnrolmentStatus.ACTIVE) == (endedAt == null), "endedAt",
                "is set exactly once the enrolment is not active");
        Preconditions.check(version >= 0, "version", "must not be negative");
    }

    /** The same state at another version: what a store keeps after an insert or update. */
    public EnrolmentView withVersion(long newVersion) {
        return new EnrolmentView(id, tenantId, sequenceId, leadId, status, step, run, dueAt, enrolledAt, endedAt,
                endReason, newVersion);
    }
}
