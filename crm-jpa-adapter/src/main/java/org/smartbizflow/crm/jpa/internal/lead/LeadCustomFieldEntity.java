package org.smartbizflow.crm.jpa.internal.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.smartbizflow.crm.shared.CustomValue;

/**
 * A row of {@code crm_lead_custom_field}: one custom field of one lead. The canonical text is
 * what is read back (so every value round-trips exactly); the typed columns exist so that
 * filters compare numbers and dates in SQL.
 */
@Entity(name = "CrmLeadCustomField")
@Table(name = "crm_lead_custom_field")
@IdClass(LeadCustomFieldEntity.Key.class)
class LeadCustomFieldEntity {

    @Id
    @Column(name = "lead_id", nullable = false)
    private UUID leadId;

    @Id
    @Column(name = "field_key", nullable = false, length = 64)
    private String key;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "value_type", nullable = false, length = 8)
    private String valueType;

    @Column(name = "text_value", nullable = false, length = 1000)
    private String textValue;

    @Column(name = "number_value", precision = 38, scale = 12)
    private BigDecimal numberValue;

    @Column(name = "date_value")
    private LocalDate dateValue;

    @Column(name = "bool_value")
    private Boolean boolValue;

    protected LeadCustomFieldEntity() {
    }

    LeadCustomFieldEntity(UUID leadId, String tenantId, String key, CustomValue value) {
        this.leadId = leadId;
        this.tenantId = tenantId;
        this.key = key;
        set(value);
    }

    UUID leadId() {
        return leadId;
    }

    String key() {
        return key;
    }

    /** The stored value, read from its canonical text. */
    CustomValue value() {
        return CustomValue.parse(CustomValue.Type.valueOf(valueType), textValue, "customFields." + key);
    }

    final void set(CustomValue value) {
        this.valueType = value.type().name();
        this.textValue = value.asText();
        this.numberValue = value instanceof CustomValue.Number n ? n.value() : null;
        this.dateValue = value instanceof CustomValue.Date d ? d.value() : null;
        this.boolValue = value instanceof CustomValue.Bool b ? b.value() : null;
    }

    /** The composite primary key. */
    static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID leadId;
        private String key;

        Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(leadId, k.leadId) && Objects.equals(key, k.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(leadId, key);
        }
    }
}
