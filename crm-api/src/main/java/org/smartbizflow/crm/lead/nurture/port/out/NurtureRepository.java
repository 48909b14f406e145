package org.smartbizflow.crm.lead.nurture.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.nurture.DueStep;
import org.smartbizflow.crm.lead.nurture.Enrolment;
import org.smartbizflow.crm.lead.nurture.EnrolmentId;
import org.smartbizflow.crm.lead.nurture.EngagementRecord;
import org.smartbizflow.crm.lead.nurture.NurtureSequence;
import org.smartbizflow.crm.lead.nurture.NurtureSequenceId;
import org.smartbizflow.crm.lead.nurture.StepRun;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Storage of nurture sequences, enrolments, step runs and engagements. Every method is scoped
 * by tenant and runs inside the caller's transaction.
 */
public interface NurtureRepository {

    void insertSequence(NurtureSequence sequence);

    Optional<NurtureSequence> findSequence(TenantId tenantId, NurtureSequenceId id);

    /** Stores a new enrolment at version 0. */
    void insertEnrolment(Enrolment enrolment);

    Optional<Enrolment> findEnrolment(TenantId tenantId, EnrolmentId id);

    /** The lead's active enrolments, in id order. */
    List<Enrolment> activeEnrolments(TenantId tenantId, LeadId leadId);

    /**
     * Stores the enrolment's state if the stored version still equals its version, and
     * advances the stored version by one.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the stored
     *         version differs (nothing is written)
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such enrolment is stored
     */
    void updateEnrolment(Enrolment enrolment);

    /**
     * The steps of active enrolments due at or before {@code now}, earliest first (then by
     * enrolment id), at most {@code limit}.
     */
    List<DueStep> dueSteps(TenantId tenantId, Instant now, int limit);

    /**
     * Records a claimed run.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when a run with the same
     *         enrolment and run number exists (the step was claimed already)
     */
    void insertRun(StepRun run);

    /** Stores the run's outcome over the claimed row. */
    void finishRun(StepRun run);

    /** The enrolment's runs in run order. */
    List<StepRun> runs(TenantId tenantId, EnrolmentId enrolmentId);

    /** The run that sent the e-mail with this message id. */
    Optional<StepRun> findRunByMessage(TenantId tenantId, UUID messageId);

    void insertEngagement(EngagementRecord engagement);

    /** The enrolment's recorded engagements in time order. */
    List<EngagementRecord> engagements(TenantId tenantId, EnrolmentId enrolmentId);

    /**
     * The engagements recorded for any of the lead's enrolments, active or ended, in time
     * order (then by id): what the lead scorer counts as e-mails opened, clicked and replied.
     */
    List<EngagementRecord> engagementsOfLead(TenantId tenantId, LeadId leadId);

    /**
     * {@link #engagementsOfLead} for several leads at once, by lead; a lead without engagements
     * is absent. Adapters read them in one query for the lot; the default asks lead by lead.
     */
    default Map<LeadId, List<EngagementRecord>> engagementsOfLeads(TenantId tenantId, Collection<LeadId> leadIds) {
        Map<LeadId, List<EngagementRecord>> found = new HashMap<>();
        for (LeadId leadId : leadIds) {
            List<EngagementRecord> engagements = engagementsOfLead(tenantId, leadId);
            if (!engagements.isEmpty()) {
                found.put(leadId, engagements);
            }
        }
        return found;
    }
}
