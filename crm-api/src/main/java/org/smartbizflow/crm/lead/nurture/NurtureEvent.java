package org.smartbizflow.crm.lead.nurture;

import java.time.Instant;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.TenantId;

/** Events of nurturing: a lead entering and leaving a sequence, and each step run's outcome. */
public sealed interface NurtureEvent extends DomainEvent {

    EnrolmentId enrolmentId();

    LeadId leadId();

    @Override
    default String aggregateId() {
        return enrolmentId().toString();
    }

    /**
     * A lead was enrolled in a sequence.
     *
     * @param tenantId    tenant
     * @param enrolmentId the new enrolment
     * @param leadId      the lead
     * @param sequenceId  the sequence
     * @param occurredAt  when
     */
    record LeadEnrolled(TenantId tenantId, EnrolmentId enrolmentId, LeadId leadId, NurtureSequenceId sequenceId,
                        Instant occurredAt) implements NurtureEvent {
    }

    /**
     * An enrolment completed its sequence or was ended early.
     *
     * @param tenantId    tenant
     * @param enrolmentId the enrolment
     * @param leadId      the lead
     * @param status      COMPLETED or ENDED
     * @param reason      why it ended early; null when completed
     * @param occurredAt  when
     */
    record EnrolmentFinished(TenantId tenantId, EnrolmentId enrolmentId, LeadId leadId, EnrolmentStatus status,
                             String reason, Instant occurredAt) implements NurtureEvent {
    }

    /**
     * A step ran (or its action failed).
     *
     * @param tenantId    tenant
     * @param enrolmentId the enrolment
     * @param leadId      the lead
     * @param run         the run number
     * @param stepKey     the step
     * @param outcome     DONE or FAILED
     * @param occurredAt  when
     */
    record NurtureStepRan(TenantId tenantId, EnrolmentId enrolmentId, LeadId leadId, long run, String stepKey,
                          StepRun.Outcome outcome, Instant occurredAt) implements NurtureEvent {
    }
}
