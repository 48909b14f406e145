package org.smartbizflow.crm.jpa.internal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The rows of an account's child tables, as embeddables of {@link AccountEntity}'s element
 * collections. Each carries the tenant so that every table can be searched by tenant first.
 */
final class AccountRows {

    private AccountRows() {
    }

    /** A row of {@code crm_account_domain}. */
    @Embeddable
    record DomainRow(
            @Column(name = "tenant_id", nullable = false, length = 64) String tenantId,
            @Column(name = "domain_name", nullable = false, length = 253) String domain) {
    }

    /** A row of {@code crm_account_address}. */
    @Embeddable
    record AddressRow(
            @Column(name = "tenant_id", nullable = false, length = 64) String tenantId,
            @Column(name = "kind", nullable = false, length = 16) String kind,
            @Column(name = "street", length = 500) String street,
            @Column(name = "postal_code", length = 32) String postalCode,
            @Column(name = "city", length = 200) String city,
            @Column(name = "region", length = 200) String region,
            @Column(name = "country", nullable = false, length = 2) String country) {
    }

    /** A row of {@code crm_account_tax_id}. */
    @Embeddable
    record TaxIdRow(
            @Column(name = "tenant_id", nullable = false, length = 64) String tenantId,
            @Column(name = "scheme", nullable = false, length = 16) String scheme,
            @Column(name = "tax_value", nullable = false, length = 64) String value) {
    }

    /** A row of {@code crm_account_custom_field} (the key is the map key). */
    @Embeddable
    record CustomFieldRow(
            @Column(name = "tenant_id", nullable = false, length = 64) String tenantId,
            @Column(name = "value_type", nullable = false, length = 16) String type,
            @Column(name = "field_value", nullable = false, length = 1000) String value) {
    }

    /** A row of {@code crm_account_tag}. */
    @Embeddable
    record TagRow(
            @Column(name = "tenant_id", nullable = false, length = 64) String tenantId,
            @Column(name = "tag", nullable = false, length = 64) String tag) {
    }

    /** A row of {@code crm_account_document}. */
    @Embeddable
    record DocumentRow(
            @Column(name = "tenant_id", nullable = false, length = 64) String tenantId,
            @Column(name = "document_type", nullable = false, length = 64) String type,
            @Column(name = "document_ref", nullable = false, length = 500) String reference,
            @Column(name = "issued_on") java.time.LocalDate issuedOn,
            @Column(name = "expires_on") java.time.LocalDate expiresOn) {
    }

    /** A row of {@code crm_account_screening_flag}. */
    @Embeddable
    record FlagRow(
            @Column(name = "tenant_id", nullable = false, length = 64) String tenantId,
            @Column(name = "flag_kind", nullable = false, length = 32) String kind,
            @Column(name = "list_name", nullable = false, length = 100) String list,
            @Column(name = "matched_name", nullable = false, length = 200) String matchedName,
            @Column(name = "flag_ref", length = 200) String reference) {
    }

    /** A row of {@code crm_territory_condition}. */
    @Embeddable
    record ConditionRow(
            @Column(name = "tenant_id", nullable = false, length = 64) String tenantId,
            @Column(name = "field_name", nullable = false, length = 80) String field,
            @Column(name = "operator", nullable = false, length = 16) String operator,
            @Column(name = "condition_value", length = 500) String value) {
    }
}
