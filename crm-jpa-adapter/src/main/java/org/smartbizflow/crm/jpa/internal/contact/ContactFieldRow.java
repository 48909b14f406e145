package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * A row of {@code crm_contact_field}: one custom field. The canonical text form is what the
 * value is read back from; the typed column of its type (number, date, boolean) is filled too,
 * so that segment conditions compare numbers as numbers and dates as dates in the database.
 */
@Entity(name = "CrmContactField")
@Table(name = "crm_contact_field")
class ContactFieldRow extends ContactChildRow {

    @Column(name = "field_key", nullable = false, length = 64)
    private String fieldKey;

    @Column(name = "value_type", nullable = false, length = 16)
    private String valueType;

    @Column(name = "text_value", nullable = false, length = 1000)
    private String textValue;

    @Column(name = "number_value", precision = 38, scale = 10)
    private BigDecimal numberValue;

    @Column(name = "date_value")
    private LocalDate dateValue;

    @Column(name = "boolean_value")
    private Boolean booleanValue;

    protected ContactFieldRow() {
    }

    ContactFieldRow(UUID contactId, int seq, String tenantId, String fieldKey, String valueType, String textValue,
                    BigDecimal numberValue, LocalDate dateValue, Boolean booleanValue) {
        super(contactId, seq, tenantId);
        this.fieldKey = fieldKey;
        this.valueType = valueType;
        this.textValue = textValue;
        this.numberValue = numberValue;
        this.dateValue = dateValue;
        this.booleanValue = booleanValue;
    }

    String fieldKey() {
        return fieldKey;
    }

    String valueType() {
        return valueType;
    }

    String textValue() {
        return textValue;
    }

    @Override
    Object content() {
        return Arrays.asList(fieldKey, valueType, textValue);
    }
}
