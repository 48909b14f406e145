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
}
