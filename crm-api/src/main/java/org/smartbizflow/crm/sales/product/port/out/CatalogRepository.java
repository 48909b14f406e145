package org.smartbizflow.crm.sales.product.port.out;

import java.util.Optional;
import org.smartbizflow.crm.sales.product.PriceBook;
import org.smartbizflow.crm.sales.product.PriceBookId;
import org.smartbizflow.crm.sales.product.Product;
import org.smartbizflow.crm.sales.product.ProductId;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Storage of the product catalogue and its price books, scoped by tenant, with optimistic
 * versions. Runs inside the caller's transaction.
 */
public interface CatalogRepository {

    Optional<Product> findProduct(TenantId tenantId, ProductId id);

    Optional<Product> findProductBySku(TenantId tenantId, String sku);

    /**
     * Stores a new product at version 0.
     *
     * @throws org.smartbizflow.crm.shared.ValidationException when the tenant already has a
     *         product with that SKU (field {@code sku})
     */
    void insertProduct(Product product);

    /**
     * Stores the product if the stored version still equals its version; advances the version.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the version differs
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such product is stored
     */
    void updateProduct(Product product);

    /** Products in ascending SKU order, keyset-paged. */
    Page<Product> listProducts(TenantId tenantId, boolean activeOnly, PageRequest page);

    Optional<PriceBook> findPriceBook(TenantId tenantId, PriceBookId id);

    /** The tenant's standard price book, if it has made one. */
    Optional<PriceBook> findStandardPriceBook(TenantId tenantId);

    /**
     * Stores a new price book at version 0.
     *
     * @throws org.smartbizflow.crm.shared.ValidationException when the tenant already has a
     *         book of that name (field {@code name}) or a second standard book (field {@code standard})
     */
    void insertPriceBook(PriceBook book);

    /**
     * Stores the book and its entries if the stored version still equals its version.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the version differs
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such book is stored
     */
    void updatePriceBook(PriceBook book);
}
