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

    @Override
    public int redactValues(TenantId tenantId, java.util.Collection<String> values, String replacement) {
        return redact(e -> e.tenantId().equals(tenantId), values, replacement);
    }

    @Override
    public int redactRecord(TenantId tenantId, String recordType, String recordId,
                            java.util.Collection<String> keptFields, String replacement) {
        return redact(e -> e.tenantId().equals(tenantId) && e.recordType().equals(recordType)
                && e.recordId().equals(recordId) && !keptFields.contains(e.field()), null, replacement);
    }

    /** Replaces values of the selected entries: those containing one of the values, or all when values is null. */
    private int redact(java.util.function.Predicate<AuditEntry> selected, java.util.Collection<String> values,
                       String replacement) {
        return transactions.write(() -> {
            int changed = 0;
            for (int i = 0; i < entries.size(); i++) {
                AuditEntry e = entries.get(i);
                if (!selected.test(e)) {
                    continue;
                }
                String oldValue = redacted(e.oldValue(), values, replacement);
                String newValue = redacted(e.newValue(), values, replacement);
                if (java.util.Objects.equals(oldValue, e.oldValue()) && java.util.Objects.equals(newValue, e.newValue())) {
                    continue;
                }
                int index = i;
                entries.set(index, new AuditEntry(e.id(), e.tenantId(), e.recordType(), e.recordId(), e.field(),
                        oldValue, newValue, e.actor(), e.at()));
                transactions.onRollback(() -> entries.set(index, e));
                changed++;
            }
            return changed;
        });
    }

    private static String redacted(String value, java.util.Collection<String> values, String replacement) {
        if (value == null) {
            return null;
        }
        return values == null || org.smartbizflow.crm.shared.Redaction.containsAny(value, values) ? replacement : value;
    }

    /** Every entry of every tenant, oldest first: what the privacy proof tests scan. */
    public List<AuditEntry> all() {
        return transactions.read(() -> List.copyOf(entries));
    }
}
