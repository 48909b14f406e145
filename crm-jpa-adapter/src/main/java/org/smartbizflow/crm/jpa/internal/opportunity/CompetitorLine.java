package org.smartbizflow.crm.jpa.internal.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A competitor named on a deal, a row of {@code crm_opportunity_competitor}. */
@Embeddable
class CompetitorLine {

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "name", nullable = false, length = 100)
    String name;

    protected CompetitorLine() {
    }

    CompetitorLine(String tenantId, String name) {
        this.tenantId = tenantId;
        this.name = name;
    }
}
