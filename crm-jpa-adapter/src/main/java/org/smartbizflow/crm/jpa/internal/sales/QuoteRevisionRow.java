package org.smartbizflow.crm.jpa.internal.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/** An earlier revision of a quote, a row of {@code crm_quote_revision}; its lines are in {@code crm_quote_line}. */
@Embeddable
class QuoteRevisionRow {

    @Column(name = "revision", nullable = false)
    int revision;

    @Column(name = "valid_until", nullable = false)
    LocalDate validUntil;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "sent_at")
    Instant sentAt;

    protected QuoteRevisionRow() {
    }
}
