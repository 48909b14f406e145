package org.smartbizflow.crm.lead.nurture;

import java.time.Instant;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A step that is due, as a scheduler sees it: which enrolment, which run of it, and the
 * enrolment version the claim must still find.
 *
 * @param enrolmentId the enrolment
 * @param leadId      its lead
 * @param sequenceId  its sequence
 * @param step        the step index
 * @param run         the run number the step would get
 * @param dueAt       when it became due
 * @param version     the enrolment version read
 */
public record DueStep(EnrolmentId enrolmentId, LeadId leadId, NurtureSequenceId sequenceId, int step, long run,
                      Instant dueAt, long version) {

    public DueStep {
        Preconditions.notNull(enrolmentId, "enrolmentId");
        Preconditions.notNull(leadId, "leadId");
        Preconditions.notNull(sequenceId, "sequenceId");
        Preconditions.notNull(dueAt, "dueAt");
    }

    /** The due step of an active enrolment. */
    public static DueStep of(EnrolmentView enrolment) {
        return new DueStep(enrolment.id(), enrolment.leadId(), enrolment.sequenceId(), enrolment.step(),
                enrolment.run(), enrolment.dueAt(), enrolment.version());
    }
}
