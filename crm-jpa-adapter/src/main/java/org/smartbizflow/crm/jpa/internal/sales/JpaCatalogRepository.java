package org.smartbizflow.crm.jpa.internal.sales;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.smartbizflow.crm.sales.product.PriceBook;
import org.smartbizflow.crm.sales.product.PriceBookId;
import org.smartbizflow.crm.sales.product.Product;
import org.smartbizflow.crm.sales.product.ProductId;
import org.smartbizflow.crm.sales.product.port.out.CatalogRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.Cursor;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Products in {@code crm_product}, price books in {@code crm_price_book} and
 * {@code crm_price_entry}. Uniqueness (SKU, book name, one standard book) is checked first for
 * a clear message and kept by unique keys for concurrent writers.
 */
public final class JpaCatalogRepository implements CatalogRepository {

    private final Supplier<EntityManager> entityManager;

    public JpaCatalogRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    private Optional<ProductEntity> productRow(TenantId tenantId, ProductId id) {
        ProductEntity row = entityManager.get().find(ProductEntity.class, id.value());
        return row != null && row.tenantId.equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    private Optional<PriceBookEntity> bookRow(TenantId tenantId, PriceBookId id) {
        PriceBookEntity row = entityManager.get().find(PriceBookEntity.class, id.value());
        return row != null && row.tenantId.equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    @Override
    public Optional<Product> findProduct(TenantId tenantId, ProductId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return productRow(tenantId, id).map(SalesMapper::toProduct);
    }

    @Override
    public Optional<Product> findProductBySku(TenantId tenantId, String sku) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(sku, "sku");
        return entityManager.get()
                .createQuery("select p from CrmProduct p where p.tenantId = :tenant and p.sku = :sku", ProductEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("sku", sku)
                .getResultStream().findFirst().map(SalesMapper::toProduct);
    }

    @Override
    public void insertProduct(Product product) {
        Preconditions.notNull(product, "product");
        if (findProductBySku(product.tenantId(), product.sku()).isPresent()) {
            throw skuTaken(product);
        }
        ProductEntity row = new ProductEntity(product.id().value(), product.tenantId().value());
        SalesMapper.copyInto(product, row);
        EntityManager em = entityManager.get();
        em.persist(row);
        Flushes.flush(em, () -> skuTaken(product));
    }

    private static ValidationException skuTaken(Product product) {
        return new ValidationException("sku", "is already used by another product: " + product.sku());
    }

    @Override
    public void updateProduct(Product product) {
        Preconditions.notNull(product, "product");
        ProductEntity row = productRow(product.tenantId(), product.id())
                .orElseThrow(() -> new NotFoundException("Product", product.id()));
        if (row.version != product.version()) {
            throw new ConcurrencyConflictException("Product", product.id(), product.version());
        }
        SalesMapper.copyInto(product, row);
        Flushes.flush(entityManager.get(), () -> skuTaken(product));
    }

    @Override
    public Page<Product> listProducts(TenantId tenantId, boolean activeOnly, PageRequest page) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(page, "page");
        StringBuilder jpql = new StringBuilder("select p from CrmProduct p where p.tenantId = :tenant");
        if (activeOnly) {
            jpql.append(" and p.active = true");
        }
        if (page.after() != null) {
            jpql.append(" and p.sku > :after");
        }
        jpql.append(" order by p.sku");
        TypedQuery<ProductEntity> query = entityManager.get().createQuery(jpql.toString(), ProductEntity.class)
                .setParameter("tenant", tenantId.value())
                .setMaxResults(page.size() + 1);
        if (page.after() != null) {
            query.setParameter("after", page.after().token());
        }
        List<Product> rows = new ArrayList<>(query.getResultStream().map(SalesMapper::toProduct).toList());
        if (rows.size() <= page.size()) {
            return Page.last(rows);
        }
        List<Product> items = rows.subList(0, page.size());
        return new Page<>(items, Cursor.of(items.get(items.size() - 1).sku()));
    }

    @Override
    public Optional<PriceBook> findPriceBook(TenantId tenantId, PriceBookId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return bookRow(tenantId, id).map(SalesMapper::toPriceBook);
    }

    @Override
    public Optional<PriceBook> findStandardPriceBook(TenantId tenantId) {
        Preconditions.notNull(tenantId, "tenantId");
        return entityManager.get()
                .createQuery("select b from CrmPriceBook b where b.tenantId = :tenant and b.standardMarker = :standard",
                        PriceBookEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("standard", PriceBookEntity.STANDARD)
                .getResultStream().findFirst().map(SalesMapper::toPriceBook);
    }

    @Override
    public void insertPriceBook(PriceBook book) {
        Preconditions.notNull(book, "book");
        EntityManager em = entityManager.get();
        boolean nameTaken = !em.createQuery("select b.id from CrmPriceBook b where b.tenantId = :tenant and b.name = :name",
                        java.util.UUID.class)
                .setParameter("tenant", book.tenantId().value()).setParameter("name", book.name())
                .setMaxResults(1).getResultList().isEmpty();
        if (nameTaken) {
            throw new ValidationException("name", "is already used by another price book: " + book.name());
        }
        if (book.standard() && findStandardPriceBook(book.tenantId()).isPresent()) {
            throw standardTaken();
        }
        PriceBookEntity row = new PriceBookEntity(book.id().value(), book.tenantId().value());
        SalesMapper.copyInto(book, row);
        em.persist(row);
        Flushes.flush(em, () -> new ValidationException("name",
                "another price book of that name, or a second standard book, was stored meanwhile: " + book.name()));
    }

    private static ValidationException standardTaken() {
        return new ValidationException("standard", "the tenant already has a standard price book");
    }

    @Override
    public void updatePriceBook(PriceBook book) {
        Preconditions.notNull(book, "book");
        PriceBookEntity row = bookRow(book.tenantId(), book.id())
                .orElseThrow(() -> new NotFoundException("PriceBook", book.id()));
        if (row.version != book.version()) {
            throw new ConcurrencyConflictException("PriceBook", book.id(), book.version());
        }
        SalesMapper.copyInto(book, row);
        Flushes.flush(entityManager.get(), JpaCatalogRepository::standardTaken);
    }
}
