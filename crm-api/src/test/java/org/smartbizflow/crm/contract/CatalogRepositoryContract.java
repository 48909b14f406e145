package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.sales.product.PriceBook;
import org.smartbizflow.crm.sales.product.PriceBookId;
import org.smartbizflow.crm.sales.product.PriceEntry;
import org.smartbizflow.crm.sales.product.Product;
import org.smartbizflow.crm.sales.product.ProductId;
import org.smartbizflow.crm.sales.product.port.out.CatalogRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/** What every {@link CatalogRepository} must do, whatever the storage. */
public abstract class CatalogRepositoryContract {

    protected abstract CrmPersistence persistence();

    private CrmPersistence store;
    private TenantId tenant;
    private final Instant now = SalesFixtures.NOW;

    @BeforeEach
    void openStore() {
        store = persistence();
        tenant = LeadFixtures.freshTenant();
    }

    private <T> T tx(Supplier<T> work) {
        return store.transactions().inTransaction(work);
    }

    private void txRun(Runnable work) {
        store.transactions().inTransaction(work);
    }

    private CatalogRepository catalog() {
        return store.catalog();
    }

    private Product product(String sku) {
        Product product = Product.define(ProductId.of(LeadFixtures.nextId()), tenant, sku, "Product " + sku,
                "Described <b>" + sku + "</b>", now);
        txRun(() -> catalog().insertProduct(product));
        return product;
    }

    @Test
    void storesProductsFindsThemByIdAndSkuAndKeepsVersions() {
        Product product = product("ENG-1");
        assertThat(tx(() -> catalog().findProduct(tenant, product.id()))).contains(product);
        assertThat(tx(() -> catalog().findProductBySku(tenant, "ENG-1"))).contains(product);
        assertThat(tx(() -> catalog().findProductBySku(tenant, "eng-1"))).isEmpty();
        assertThat(tx(() -> catalog().findProduct(LeadFixtures.freshTenant(), product.id()))).isEmpty();

        Product retired = product.withActive(false, now.plusSeconds(5));
        txRun(() -> catalog().updateProduct(retired));
        assertThat(tx(() -> catalog().findProduct(tenant, product.id()))).contains(retired.withVersion(1));
        assertThatThrownBy(() -> txRun(() -> catalog().updateProduct(product.renamed("Stale", null, now))))
                .isInstanceOf(ConcurrencyConflictException.class);
    }

    @Test
    void aSkuIsUniquePerTenant() {
        product("DUP-1");
        Product again = Product.define(ProductId.of(LeadFixtures.nextId()), tenant, "DUP-1", "Again", null, now);
        assertThatThrownBy(() -> txRun(() -> catalog().insertProduct(again)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("sku"));
        TenantId other = LeadFixtures.freshTenant();
        Product elsewhere = Product.define(ProductId.of(LeadFixtures.nextId()), other, "DUP-1", "Elsewhere", null, now);
        txRun(() -> catalog().insertProduct(elsewhere));
        assertThat(tx(() -> catalog().findProductBySku(other, "DUP-1"))).contains(elsewhere);
    }

    @Test
    void listsProductsBySkuInPagesThatNeitherRepeatNorSkip() {
        for (String sku : List.of("C-3", "A-1", "E-5", "B-2", "D-4")) {
            product(sku);
        }
        Product retired = tx(() -> catalog().findProductBySku(tenant, "B-2").orElseThrow());
        txRun(() -> catalog().updateProduct(retired.withActive(false, now)));

        List<String> all = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        while (true) {
            PageRequest current = request;
            Page<Product> page = tx(() -> catalog().listProducts(tenant, false, current));
            page.items().forEach(p -> all.add(p.sku()));
            if (!page.hasNext()) {
                break;
            }
            request = request.next(page.next());
        }
        assertThat(all).containsExactly("A-1", "B-2", "C-3", "D-4", "E-5");
        assertThat(tx(() -> catalog().listProducts(tenant, true, PageRequest.first(10))).items())
                .extracting(Product::sku).containsExactly("A-1", "C-3", "D-4", "E-5");
    }

    @Test
    void storesPriceBooksWithTheirEntries() {
        Product engine = product("ENG-2");
        Product hours = product("HRS-1");
        PriceBook book = PriceBook.create(PriceBookId.of(LeadFixtures.nextId()), tenant, "Standard", true, now)
                .withPrice(new PriceEntry(engine.id(), Money.of("1200.5", "EUR"), LocalDate.parse("2026-01-01"), null), now)
                .withPrice(new PriceEntry(engine.id(), Money.of("1300", "USD"), LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2026-12-31")), now)
                .withPrice(new PriceEntry(hours.id(), Money.of("80", "EUR"), LocalDate.parse("2026-02-01"), null), now);
        txRun(() -> catalog().insertPriceBook(book));
        assertThat(tx(() -> catalog().findPriceBook(tenant, book.id()))).contains(book);
        assertThat(tx(() -> catalog().findStandardPriceBook(tenant))).contains(book);
        assertThat(tx(() -> catalog().findPriceBook(LeadFixtures.freshTenant(), book.id()))).isEmpty();

        PriceBook raised = book.withPrice(new PriceEntry(engine.id(), Money.of("1250", "EUR"),
                LocalDate.parse("2026-06-01"), null), now.plusSeconds(1));
        txRun(() -> catalog().updatePriceBook(raised));
        PriceBook loaded = tx(() -> catalog().findPriceBook(tenant, book.id()).orElseThrow());
        assertThat(loaded).isEqualTo(raised.withVersion(1));
        assertThat(loaded.priceOf(engine.id(), SalesFixtures.EUR, LocalDate.parse("2026-05-31")))
                .contains(Money.of("1200.50", "EUR"));
        assertThat(loaded.priceOf(engine.id(), SalesFixtures.EUR, LocalDate.parse("2026-06-01")))
                .contains(Money.of("1250", "EUR"));
        assertThatThrownBy(() -> txRun(() -> catalog().updatePriceBook(raised)))
                .isInstanceOf(ConcurrencyConflictException.class);
    }

    @Test
    void aTenantHasOneStandardBookAndUniqueBookNames() {
        txRun(() -> catalog().insertPriceBook(PriceBook.create(PriceBookId.of(LeadFixtures.nextId()), tenant, "Standard",
                true, now)));
        txRun(() -> catalog().insertPriceBook(PriceBook.create(PriceBookId.of(LeadFixtures.nextId()), tenant, "Partners",
                false, now)));
        txRun(() -> catalog().insertPriceBook(PriceBook.create(PriceBookId.of(LeadFixtures.nextId()), tenant, "Public",
                false, now)));
        assertThatThrownBy(() -> txRun(() -> catalog().insertPriceBook(PriceBook.create(
                PriceBookId.of(LeadFixtures.nextId()), tenant, "Second standard", true, now))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> txRun(() -> catalog().insertPriceBook(PriceBook.create(
                PriceBookId.of(LeadFixtures.nextId()), tenant, "Partners", false, now))))
                .isInstanceOf(ValidationException.class);
        assertThat(tx(() -> catalog().findStandardPriceBook(LeadFixtures.freshTenant()))).isEmpty();
    }
}
