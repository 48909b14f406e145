package org.smartbizflow.crm.jpa.internal.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One priced line, a row of {@code crm_line_item} (a deal's lines, revision 0) or of
 * {@code crm_quote_line} (a quote's lines, by revision). Only the inputs are stored; totals
 * are computed by the domain, so they can never disagree with the lines.
 */
@Embeddable
class LineRow {

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "revision", nullable = false)
    int revision;

    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "product_id")
    UUID productId;

    @Column(name = "description", nullable = false, length = 500)
    String description;

    @Column(name = "quantity", nullable = false, precision = 19, scale = 4)
    BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
    BigDecimal unitPrice;

    @Column(name = "currency", nullable = false, length = 3)
    String currency;

    @Column(name = "discount_kind", nullable = false, length = 8)
    String discountKind;

    @Column(name = "discount_value", nullable = false, precision = 19, scale = 4)
    BigDecimal discountValue;

    @Column(name = "tax_rate", nullable = false, precision = 9, scale = 4)
    BigDecimal taxRate;

    protected LineRow() {
    }
}
