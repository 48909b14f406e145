package org.smartbizflow.crm.lead.port.in;

import org.smartbizflow.crm.lead.LeadId;

/** Capture a lead from any channel. */
public interface CaptureLeadUseCase {

    /**
     * @return the new lead's id
     * @throws org.smartbizflow.crm.shared.ValidationException naming every invalid field
     * @throws org.smartbizflow.crm.shared.AccessDeniedException when the actor may not create leads
     */
    LeadId capture(CaptureLead command);
}
