package org.smartbizflow.crm.lead.assignment.port.in;

/** All assignment use cases, bound to one tenant and actor by a CRM session. */
public interface LeadAssignment extends AssignmentRulesUseCase, RouteLeadsUseCase {
}
