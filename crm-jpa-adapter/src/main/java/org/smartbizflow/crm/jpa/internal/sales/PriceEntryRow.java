package org.smartbizflow.crm.jpa.internal.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One list price of a book, a row of {@code crm_price_entry}. */
@Embeddable
class PriceEntryRow {

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "product_id", nullable = false)
    UUID productId;

    @Column(name = "list_price", nullable = false, precision = 19, scale = 4)
    BigDecimal listPrice;

    @Column(name = "currency", nullable = false, length = 3)
    String currency;

    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;

    @Column(name = "valid_to")
    LocalDate validTo;

    protected PriceEntryRow() {
    }
}
