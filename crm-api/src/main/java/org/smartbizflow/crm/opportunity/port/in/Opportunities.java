package org.smartbizflow.crm.opportunity.port.in;

/** All opportunity use cases, bound to one tenant and actor by a CRM session. */
public interface Opportunities extends CreateOpportunityUseCase, GetOpportunityUseCase, UpdateOpportunityUseCase,
        MoveOpportunityUseCase, ForecastCallUseCase, ListOpportunitiesUseCase, PipelineAnalyticsUseCase,
        RefreshWinProbabilitiesUseCase {
}
