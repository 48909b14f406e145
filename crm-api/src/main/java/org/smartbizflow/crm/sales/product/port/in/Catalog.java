package org.smartbizflow.crm.sales.product.port.in;

/** All catalogue use cases, bound to one tenant and actor by a CRM session. */
public interface Catalog extends ManageCatalogUseCase, ReadCatalogUseCase {
}
