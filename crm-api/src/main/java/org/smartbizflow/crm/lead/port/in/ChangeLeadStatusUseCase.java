package org.smartbizflow.crm.lead.port.in;

import org.smartbizflow.crm.lead.StatusChange;

/** Move a lead through its lifecycle. */
public interface ChangeLeadStatusUseCase {

    /**
     * @return what happened; a move the lifecycle forbids is a {@link StatusChange.Refused}
     * @throws org.smartbizflow.crm.shared.NotFoundException when the tenant has no such lead
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the expected
     *         version is stale or another change won the race
     */
    StatusChange changeStatus(ChangeLeadStatus command);
}
