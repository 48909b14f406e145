package org.smartbizflow.crm.core.sales;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.smartbizflow.crm.sales.product.PriceBook;
import org.smartbizflow.crm.sales.product.PriceBookId;
import org.smartbizflow.crm.sales.product.PriceEntry;
import org.smartbizflow.crm.sales.product.Product;
import org.smartbizflow.crm.sales.product.ProductId;
import org.smartbizflow.crm.sales.product.port.in.Catalog;
import org.smartbizflow.crm.sales.product.port.in.CreatePriceBook;
import org.smartbizflow.crm.sales.product.port.in.DefineProduct;
import org.smartbizflow.crm.sales.product.port.in.SetListPrice;
import org.smartbizflow.crm.sales.product.port.out.CatalogRepository;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * The catalogue use cases. The catalogue belongs to the tenant, not to a user: changing it is
 * checked as an unowned record (so owner-based policies leave it to managers); reading it is
 * open to every user of the tenant.
 */
final class CatalogService implements Catalog {

    static final String PRODUCT = "Product";
    static final String PRICE_BOOK = "PriceBook";

    private final SalesSupport sales;
    private final CatalogRepository catalog;

    CatalogService(SalesSupport sales) {
        this.sales = sales;
        this.catalog = sales.store().catalog();
    }

    @Override
    public ProductId defineProduct(DefineProduct command) {
        sales.runtime().validate(command);
        sales.require(Action.CREATE, PRODUCT, null, null);
        return sales.tx(() -> {
            String sku = command.sku().strip();
            if (catalog.findProductBySku(sales.tenant(), sku).isPresent()) {
                throw new ValidationException("sku", "is already used by another product: " + sku);
            }
            Product product = Product.define(new ProductId(sales.nextId()), sales.tenant(), sku, command.name(),
                    command.description(), sales.now());
            catalog.insertProduct(product);
            sales.audit(PRODUCT, product.id(), "sku", null, product.sku());
            return product.id();
        });
    }

    @Override
    public void retireProduct(ProductId productId) {
        Preconditions.notNull(productId, "productId");
        sales.require(Action.UPDATE, PRODUCT, productId, null);
        sales.tx(() -> {
            Product product = loadProduct(productId);
            if (product.active()) {
                catalog.updateProduct(product.withActive(false, sales.now()));
                sales.audit(PRODUCT, productId, "active", true, false);
            }
            return null;
        });
    }

    @Override
    public PriceBookId createPriceBook(CreatePriceBook command) {
        sales.runtime().validate(command);
        sales.require(Action.CREATE, PRICE_BOOK, null, null);
        return sales.tx(() -> {
            PriceBook book = PriceBook.create(new PriceBookId(sales.nextId()), sales.tenant(), command.name(),
                    command.standard(), sales.now());
            if (book.standard() && catalog.findStandardPriceBook(sales.tenant()).isPresent()) {
                throw new ValidationException("standard", "the tenant already has a standard price book");
            }
            catalog.insertPriceBook(book);
            sales.audit(PRICE_BOOK, book.id(), "name", null, book.name());
            return book.id();
        });
    }

    @Override
    public void setListPrice(SetListPrice command) {
        sales.runtime().validate(command);
        sales.require(Action.UPDATE, PRICE_BOOK, command.priceBookId(), null);
        sales.tx(() -> {
            loadProduct(command.productId());
            PriceBook book = loadBook(command.priceBookId());
            PriceEntry entry = new PriceEntry(command.productId(), command.listPrice(), command.validFrom(),
                    command.validTo());
            catalog.updatePriceBook(book.withPrice(entry, sales.now()));
            sales.audit(PRICE_BOOK, book.id(), "price." + command.productId(), null,
                    entry.listPrice() + " from " + entry.validFrom() + (entry.validTo() == null ? "" : " to " + entry.validTo()));
            return null;
        });
    }

    @Override
    public Product product(ProductId productId) {
        Preconditions.notNull(productId, "productId");
        return sales.tx(() -> loadProduct(productId));
    }

    @Override
    public Optional<Product> productBySku(String sku) {
        Preconditions.notBlank(sku, "sku");
        return sales.tx(() -> catalog.findProductBySku(sales.tenant(), sku.strip()));
    }

    @Override
    public Optional<PriceBook> standardPriceBook() {
        return sales.tx(() -> catalog.findStandardPriceBook(sales.tenant()));
    }

    @Override
    public Page<Product> products(boolean activeOnly, PageRequest page) {
        Preconditions.notNull(page, "page");
        return sales.tx(() -> catalog.listProducts(sales.tenant(), activeOnly, page));
    }

    @Override
    public PriceBook priceBook(PriceBookId priceBookId) {
        Preconditions.notNull(priceBookId, "priceBookId");
        return sales.tx(() -> loadBook(priceBookId));
    }

    @Override
    public Optional<Money> listPrice(ProductId productId, Currency currency, LocalDate day) {
        Preconditions.notNull(productId, "productId");
        Preconditions.notNull(currency, "currency");
        Preconditions.notNull(day, "day");
        return sales.tx(() -> catalog.findStandardPriceBook(sales.tenant())
                .flatMap(book -> book.priceOf(productId, currency, day)));
    }

    Product loadProduct(ProductId productId) {
        return catalog.findProduct(sales.tenant(), productId).orElseThrow(() -> new NotFoundException(PRODUCT, productId));
    }

    private PriceBook loadBook(PriceBookId id) {
        return catalog.findPriceBook(sales.tenant(), id).orElseThrow(() -> new NotFoundException(PRICE_BOOK, id));
    }
}
