package org.smartbizflow.crm.lead.nurture.port.in;

import java.util.List;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.nurture.EnrolmentId;
import org.smartbizflow.crm.lead.nurture.EnrolmentView;
import org.smartbizflow.crm.lead.nurture.StepRun;

/** Enrol and unenrol leads, record engagement, and read where enrolments stand. */
public interface EnrolmentsUseCase {

    /** @throws org.smartbizflow.crm.shared.NotFoundException for an unknown lead or sequence */
    EnrolResult enrol(EnrolLead command);

    /** @return false when the enrolment had already completed or ended */
    boolean unenrol(UnenrolLead command);

    /** @throws org.smartbizflow.crm.shared.NotFoundException when no e-mail with that message id was sent */
    void recordEngagement(RecordEngagement command);

    EnrolmentView enrolment(EnrolmentId id);

    /** The lead's active enrolments. */
    List<EnrolmentView> activeEnrolments(LeadId leadId);

    /** The enrolment's step runs in order. */
    List<StepRun> history(EnrolmentId id);
}
