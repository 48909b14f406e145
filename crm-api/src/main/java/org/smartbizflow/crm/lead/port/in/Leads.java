package org.smartbizflow.crm.lead.port.in;

/** All lead use cases, bound to one tenant and actor by a CRM session. */
public interface Leads extends CaptureLeadUseCase, GetLeadUseCase, ListLeadsUseCase, ChangeLeadStatusUseCase,
        ImportLeadsUseCase, ExportLeadsUseCase, BulkLeadsUseCase, LeadAnalyticsUseCase, FindDuplicatesUseCase,
        MergeLeadsUseCase, QualifyLeadUseCase, UpdateLeadUseCase {
}
