package org.smartbizflow.crm.shared.port.out;

import java.util.List;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.TenantId;

/** Field-level history of every change, written in the transaction of the change. */
public interface AuditLog {

    void record(List<AuditEntry> entries);

    /** The history of one record, oldest first. */
    List<AuditEntry> history(TenantId tenantId, String recordType, String recordId);
}
