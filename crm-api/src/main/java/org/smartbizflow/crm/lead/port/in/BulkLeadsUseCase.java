package org.smartbizflow.crm.lead.port.in;

/**
 * Assign, move or delete many leads at once. The access policy is asked per lead; every lead
 * gets its own result, never an all-or-nothing failure.
 */
public interface BulkLeadsUseCase {

    BulkReport apply(BulkLeadCommand command);
}
