package org.smartbizflow.crm.lead.nurture.port.in;

/** All nurture use cases, bound to one tenant and actor by a CRM session. */
public interface Nurturing extends NurtureSequencesUseCase, EnrolmentsUseCase, NurtureSchedulerUseCase {
}
