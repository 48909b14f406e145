package org.smartbizflow.crm.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * One field-level change: who changed which field of which record, when, from what to what.
 * Values are kept as text in their canonical form; null means "not set".
 *
 * @param id         unique id of the entry
 * @param tenantId   tenant of the record
 * @param recordType e.g. {@code Lead}
 * @param recordId   the record's id
 * @param field      the field name, or {@code *} for creation and deletion
 * @param oldValue   value before, or null
 * @param newValue   value after, or null
 * @param actor      who made the change
 * @param at         when
 */
public record AuditEntry(UUID id, TenantId tenantId, String recordType, String recordId, String field,
                         String oldValue, String newValue, UserId actor, Instant at) {

    public AuditEntry {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notBlank(recordType, "recordType");
        Preconditions.notBlank(recordId, "recordId");
        Preconditions.notBlank(field, "field");
        Preconditions.notNull(actor, "actor");
        Preconditions.notNull(at, "at");
    }
}
