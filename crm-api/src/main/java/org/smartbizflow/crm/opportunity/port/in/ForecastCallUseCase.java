package org.smartbizflow.crm.opportunity.port.in;

import org.smartbizflow.crm.opportunity.OpportunityChange;

/** Override a deal's probability or forecast category. */
public interface ForecastCallUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.ValidationException naming every invalid field
     * @throws org.smartbizflow.crm.shared.NotFoundException when the tenant has no such record
     * @throws org.smartbizflow.crm.shared.AccessDeniedException when the actor may not do this
     */
    OpportunityChange overrideProbability(OverrideProbability command);

    OpportunityChange changeForecastCategory(ChangeForecastCategory command);
}
