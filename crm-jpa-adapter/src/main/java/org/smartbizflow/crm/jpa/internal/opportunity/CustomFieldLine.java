package org.smartbizflow.crm.jpa.internal.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One custom field of a deal with its type, a row of {@code crm_opportunity_custom_field}. */
@Embeddable
class CustomFieldLine {

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "field_key", nullable = false, length = 64)
    String key;

    @Column(name = "field_type", nullable = false, length = 8)
    String type;

    @Column(name = "field_value", nullable = false, length = 1000)
    String value;

    protected CustomFieldLine() {
    }

    CustomFieldLine(String tenantId, String key, String type, String value) {
        this.tenantId = tenantId;
        this.key = key;
        this.type = type;
        this.value = value;
    }
}
