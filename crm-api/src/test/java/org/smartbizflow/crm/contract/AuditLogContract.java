package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.port.out.AuditLog;

/** What every {@link AuditLog} must do. Subclass it per adapter. */
public abstract class AuditLogContract {

    /** The store under test; called once before each test. */
    protected abstract CrmPersistence persistence();

    private CrmPersistence store;
    private TenantId tenant;

    @BeforeEach
    void openStore() {
        store = persistence();
        tenant = LeadFixtures.freshTenant();
    }

    private void record(List<AuditEntry> entries) {
        store.transactions().inTransaction(() -> store.auditLog().record(entries));
    }

    private List<AuditEntry> history(TenantId tenantId, String type, String id) {
        return store.transactions().inTransaction(() -> store.auditLog().history(tenantId, type, id));
    }

    @Test
    void historyReturnsARecordsEntriesOldestFirstWithEveryFieldKept() {
        Instant t = LeadFixtures.BASE_TIME;
        // One change touching two fields at the same instant keeps its recording order.
        AuditEntry created = LeadFixtures.audit(tenant, "Lead", "r1", "*", null, "created", t);
        AuditEntry status = LeadFixtures.audit(tenant, "Lead", "r1", "status", "NEW", "WORKING", t.plusSeconds(60));
        AuditEntry owner = LeadFixtures.audit(tenant, "Lead", "r1", "owner", "u-1", null, t.plusSeconds(60));
        AuditEntry later = LeadFixtures.audit(tenant, "Lead", "r1", "status", "WORKING", "QUALIFIED",
                t.plusSeconds(3600).plusNanos(123_000));
        record(List.of(created));
        record(List.of(status, owner));
        record(List.of(later));

        assertThat(history(tenant, "Lead", "r1")).containsExactly(created, status, owner, later);
    }

    @Test
    void historyIsScopedByTenantRecordTypeAndRecordId() {
        TenantId other = LeadFixtures.freshTenant();
        Instant t = LeadFixtures.BASE_TIME;
        AuditEntry mine = LeadFixtures.audit(tenant, "Lead", "r1", "name", "A", "B", t);
        record(List.of(mine,
                LeadFixtures.audit(tenant, "Lead", "r2", "name", "C", "D", t),
                LeadFixtures.audit(tenant, "Account", "r1", "name", "E", "F", t),
                LeadFixtures.audit(other, "Lead", "r1", "name", "G", "H", t)));

        assertThat(history(tenant, "Lead", "r1")).containsExactly(mine);
        assertThat(history(other, "Lead", "r1")).extracting(AuditEntry::newValue).containsExactly("H");
        assertThat(history(tenant, "Lead", "r3")).isEmpty();
    }

    @Test
    void longValuesAreKeptWhole() {
        String longText = "y".repeat(20_000);
        AuditEntry entry = LeadFixtures.audit(tenant, "Lead", "r1", "notes", longText, longText + "z",
                LeadFixtures.BASE_TIME);
        record(List.of(entry));

        assertThat(history(tenant, "Lead", "r1")).containsExactly(entry);
    }

    @Test
    void moveHistoryReKeysOneRecordsEntriesOnly() {
        TenantId other = LeadFixtures.freshTenant();
        java.time.Instant t = LeadFixtures.BASE_TIME;
        AuditEntry a1 = LeadFixtures.audit(tenant, "Lead", "loser", "name", "A", "B", t);
        AuditEntry a2 = LeadFixtures.audit(tenant, "Lead", "loser", "status", "NEW", "WORKING", t.plusSeconds(1));
        AuditEntry kept = LeadFixtures.audit(tenant, "Lead", "winner", "name", null, "W", t.plusSeconds(2));
        AuditEntry otherTenant = LeadFixtures.audit(other, "Lead", "loser", "name", "X", "Y", t);
        AuditEntry otherType = LeadFixtures.audit(tenant, "Account", "loser", "name", "X", "Y", t);
        record(List.of(a1, a2, kept, otherTenant, otherType));

        int moved = store.transactions().inTransaction(() -> store.auditLog().moveHistory(tenant, "Lead", "loser", "winner"));

        assertThat(moved).isEqualTo(2);
        assertThat(history(tenant, "Lead", "loser")).isEmpty();
        assertThat(history(tenant, "Lead", "winner")).extracting(AuditEntry::id)
                .containsExactly(a1.id(), a2.id(), kept.id());
        assertThat(history(other, "Lead", "loser")).containsExactly(otherTenant);
        assertThat(history(tenant, "Account", "loser")).containsExactly(otherType);
    }
}
