package org.smartbizflow.crm.core.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.sales.product.PriceBook;
import org.smartbizflow.crm.sales.product.PriceBookId;
import org.smartbizflow.crm.sales.product.Product;
import org.smartbizflow.crm.sales.product.ProductId;
import org.smartbizflow.crm.sales.product.port.out.CatalogRepository;
import org.smartbizflow.crm.shared.Cursor;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/** Products and price books in memory, with the database adapters' uniqueness rules. */
public final class InMemoryCatalogRepository implements CatalogRepository {

    private final VersionedTable<ProductId, Product> products;
    private final VersionedTable<PriceBookId, PriceBook> books;

    public InMemoryCatalogRepository(InMemoryTransactionRunner transactions) {
        this.products = new VersionedTable<>(transactions, "Product", Product::version);
        this.books = new VersionedTable<>(transactions, "PriceBook", PriceBook::version);
    }

    @Override
    public Optional<Product> findProduct(TenantId tenantId, ProductId id) {
        return products.get(tenantId, id);
    }

    @Override
    public Optional<Product> findProductBySku(TenantId tenantId, String sku) {
        return products.read(() -> products.unsafeRows(tenantId).stream().filter(p -> p.sku().equals(sku)).findFirst());
    }

    @Override
    public void insertProduct(Product product) {
        products.write(() -> {
            if (findProductBySku(product.tenantId(), product.sku()).isPresent()) {
                throw new ValidationException("sku", "is already used by another product: " + product.sku());
            }
            products.insert(product.tenantId(), product.id(), product.withVersion(0));
        });
    }

    @Override
    public void updateProduct(Product product) {
        products.update(product.tenantId(), product.id(), product.withVersion(product.version() + 1), product.version());
    }

    @Override
    public Page<Product> listProducts(TenantId tenantId, boolean activeOnly, PageRequest page) {
        String after = page.after() == null ? null : page.after().token();
        List<Product> sorted = products.read(() -> products.unsafeRows(tenantId).stream()
                .filter(p -> !activeOnly || p.active())
                .filter(p -> after == null || p.sku().compareTo(after) > 0)
                .sorted(Comparator.comparing(Product::sku))
                .limit(page.size() + 1L)
                .toList());
        if (sorted.size() <= page.size()) {
            return Page.last(sorted);
        }
        List<Product> items = new ArrayList<>(sorted.subList(0, page.size()));
        return new Page<>(items, Cursor.of(items.get(items.size() - 1).sku()));
    }

    @Override
    public Optional<PriceBook> findPriceBook(TenantId tenantId, PriceBookId id) {
        return books.get(tenantId, id);
    }

    @Override
    public Optional<PriceBook> findStandardPriceBook(TenantId tenantId) {
        return books.read(() -> books.unsafeRows(tenantId).stream().filter(PriceBook::standard).findFirst());
    }

    @Override
    public void insertPriceBook(PriceBook book) {
        books.write(() -> {
            for (PriceBook other : books.unsafeRows(book.tenantId())) {
                if (other.name().equals(book.name())) {
                    throw new ValidationException("name", "is already used by another price book: " + book.name());
                }
                if (book.standard() && other.standard()) {
                    throw new ValidationException("standard", "the tenant already has a standard price book: "
                            + other.name());
                }
            }
            books.insert(book.tenantId(), book.id(), book.withVersion(0));
        });
    }

    @Override
    public void updatePriceBook(PriceBook book) {
        books.update(book.tenantId(), book.id(), book.withVersion(book.version() + 1), book.version());
    }
}
