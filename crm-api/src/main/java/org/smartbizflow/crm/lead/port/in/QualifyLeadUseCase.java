package org.smartbizflow.crm.lead.port.in;

import org.smartbizflow.crm.lead.StatusChange;

/** The qualification decision, with its findings or its reason; every change is audited. */
public interface QualifyLeadUseCase {

    /** Records the findings and moves the lead to QUALIFIED; a refused move changes nothing. */
    StatusChange qualify(QualifyLead command);

    /** Moves the lead to UNQUALIFIED with a reason code; a refused move changes nothing. */
    StatusChange disqualify(DisqualifyLead command);
}
