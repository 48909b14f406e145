package org.smartbizflow.crm.core.inmemory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.port.out.AuditLog;

/** The audit log in memory, in recording order. */
public final class InMemoryAuditLog implements AuditLog {

    private final InMemoryTransactionRunner transactions;
    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    public InMemoryAuditLog(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(List<AuditEntry> newEntries) {
        transactions.write(() -> {
            for (AuditEntry entry : newEntries) {
                entries.add(entry);
                transactions.onRollback(() -> entries.remove(entry));
            }
            return null;
        });
    }

    @Override
    public int moveHistory(TenantId tenantId, String recordType, String fromRecordId, String toRecordId) {
        return transactions.write(() -> {
            int moved = 0;
            for (int i = 0; i < entries.size(); i++) {
                AuditEntry e = entries.get(i);
                if (e.tenantId().equals(tenantId) && e.recordType().equals(recordType) && e.recordId().equals(fromRecordId)) {
                    AuditEntry movedEntry = new AuditEntry(e.id(), e.tenantId(), e.recordType(), toRecordId, e.field(),
                            e.oldValue(), e.newValue(), e.actor(), e.at());
                    int index = i;
                    entries.set(index, movedEntry);
                    transactions.onRollback(() -> entries.set(index, e));
                    moved++;
                }
            }
            return moved;
        });
    }

    @Override
    public List<AuditEntry> history(TenantId tenantId, String recordType, String recordId) {
        return transactions.read(() -> entries.stream()
                .filter(e -> e.tenantId().equals(tenantId) && e.recordType().equals(recordType)
                        && e.recordId().equals(recordId))
                .toList());
    }
}
