package org.smartbizflow.crm.shared.port.out;

import java.util.List;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.TenantId;

/** Field-level history of every change, written in the transaction of the change. */
public interface AuditLog {

    void record(List<AuditEntry> entries);

    /**
     * Moves the whole history of one record to another of the same type (when records are
     * merged), in the caller's transaction.
     *
     * @return how many entries moved
     */
    int moveHistory(TenantId tenantId, String recordType, String fromRecordId, String toRecordId);

    /** The history of one record, oldest first. */
    List<AuditEntry> history(TenantId tenantId, String recordType, String recordId);

    /**
     * Erasure (GDPR art. 17): replaces every old or new value, in any record of the tenant, that
     * contains one of the values (ignoring case) with {@code replacement}, in the caller's
     * transaction. Who changed what field when stays.
     *
     * @return how many entries changed
     */
    int redactValues(TenantId tenantId, java.util.Collection<String> values, String replacement);

    /**
     * Erasure: replaces the old and new values of every entry of one record with
     * {@code replacement}, except for the fields named in {@code keptFields} (owner, status and
     * the like, which say nothing about the person).
     *
     * @return how many entries changed
     */
    int redactRecord(TenantId tenantId, String recordType, String recordId, java.util.Collection<String> keptFields,
                     String replacement);
}
