package org.smartbizflow.crm.sales.lineitem.port.in;

/** All line-item use cases, bound to one tenant and actor by a CRM session. */
public interface OpportunityLineItems extends ManageLineItemsUseCase {
}
