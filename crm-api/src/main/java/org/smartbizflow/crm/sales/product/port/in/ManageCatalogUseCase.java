package org.smartbizflow.crm.sales.product.port.in;

import org.smartbizflow.crm.sales.product.PriceBookId;
import org.smartbizflow.crm.sales.product.ProductId;

/** Changes to the product catalogue and its price books; every change is audited. */
public interface ManageCatalogUseCase {

    /** Adds a product; a SKU the tenant already uses is refused (field {@code sku}). */
    ProductId defineProduct(DefineProduct command);

    /** Retires a product so no new line uses it; retiring a retired product changes nothing. */
    void retireProduct(ProductId productId);

    PriceBookId createPriceBook(CreatePriceBook command);

    /** Sets a list price; a price overlapping another of the same product and currency is refused. */
    void setListPrice(SetListPrice command);
}
