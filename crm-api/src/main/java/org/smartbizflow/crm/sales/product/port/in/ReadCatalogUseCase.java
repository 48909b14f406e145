package org.smartbizflow.crm.sales.product.port.in;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.smartbizflow.crm.sales.product.PriceBook;
import org.smartbizflow.crm.sales.product.PriceBookId;
import org.smartbizflow.crm.sales.product.Product;
import org.smartbizflow.crm.sales.product.ProductId;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;

/** Reading the catalogue and looking up prices. */
public interface ReadCatalogUseCase {

    Product product(ProductId productId);

    /** The product with that SKU, if the tenant has one. */
    Optional<Product> productBySku(String sku);

    /** The tenant's standard price book, if it has made one. */
    Optional<PriceBook> standardPriceBook();

    /** Products by SKU, keyset-paged. */
    Page<Product> products(boolean activeOnly, PageRequest page);

    PriceBook priceBook(PriceBookId priceBookId);

    /** The product's list price in the standard book on that day, if there is one. */
    Optional<Money> listPrice(ProductId productId, Currency currency, LocalDate day);
}
