package org.smartbizflow.crm.lead.port.in;

import org.smartbizflow.crm.lead.DetailsChange;

/** Correct a lead and maintain its attribution, custom fields and tags; every change is audited. */
public interface UpdateLeadUseCase {

    /**
     * @return the changes made (empty when nothing differed), or a refusal when the lead is final
     * @throws org.smartbizflow.crm.shared.NotFoundException when the tenant has no such lead
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the expected version is stale
     */
    DetailsChange update(UpdateLead command);

    /**
     * Records the score a scorer gave the lead (0 to 100; null clears it).
     *
     * @return the change made, empty when the score was the same
     */
    DetailsChange recordScore(RecordLeadScore command);
}
