package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.port.out.StoredEvent;
import org.smartbizflow.crm.shared.port.out.TransactionRunner;

/**
 * What every {@link TransactionRunner} must do together with the stores it coordinates: all
 * or nothing across leads, outbox and audit log, nested units joining the outer one, and
 * after-commit actions only for committed work. Subclass it per adapter.
 */
public abstract class TransactionRunnerContract {

    /** The store under test; called once before each test. */
    protected abstract CrmPersistence persistence();

    private CrmPersistence store;
    private TenantId tenant;

    @BeforeEach
    void openStore() {
        store = persistence();
        tenant = LeadFixtures.freshTenant();
    }

    private TransactionRunner transactions() {
        return store.transactions();
    }

    /** The failure a unit of work throws; its identity proves it is rethrown unchanged. */
    static final class WorkFailed extends RuntimeException {
        WorkFailed() {
            super("the unit of work failed on purpose");
        }
    }

    @Test
    void returnsTheValueOfTheWorkAndCommitsIt() {
        Lead lead = LeadFixtures.lead(tenant);

        String result = transactions().inTransaction(() -> {
            store.leads().insert(lead);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(findLead(lead)).isPresent();
    }

    @Test
    void aFailingUnitOfWorkRollsBackEverythingItWroteAndRethrowsTheSameException() {
        Lead lead = LeadFixtures.lead(tenant);
        StoredEvent event = LeadFixtures.event(tenant, lead.id().toString(), LeadFixtures.BASE_TIME);
        AuditEntry entry = LeadFixtures.audit(tenant, "Lead", lead.id().toString(), "*", null, "created",
                LeadFixtures.BASE_TIME);
        WorkFailed failure = new WorkFailed();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            store.leads().insert(lead);
            store.outbox().append(List.of(event));
            store.auditLog().record(List.of(entry));
            throw failure;
        })).isSameAs(failure);

        assertThat(findLead(lead)).isEmpty();
        assertThat(history(lead)).isEmpty();
        assertThat(pendingOf(tenant)).isEmpty();
    }

    @Test
    void aNestedUnitJoinsTheOuterTransaction() {
        Lead inner = LeadFixtures.lead(tenant);
        Lead outer = LeadFixtures.bareLead(tenant);
        WorkFailed failure = new WorkFailed();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            store.leads().insert(outer);
            transactions().inTransaction(() -> store.leads().insert(inner));
            assertThat(store.leads().find(tenant, inner.id())).as("inner write seen by the outer unit").isPresent();
            throw failure;
        })).isSameAs(failure);

        assertThat(findLead(inner)).as("the inner unit's write is rolled back with the outer one").isEmpty();
        assertThat(findLead(outer)).isEmpty();
    }

    @Test
    void aNestedUnitsValueIsReturnedAndCommittedWithTheOuterUnit() {
        Lead inner = LeadFixtures.lead(tenant);

        int value = transactions().inTransaction(() -> transactions().inTransaction(() -> {
            store.leads().insert(inner);
            return 42;
        }));

        assertThat(value).isEqualTo(42);
        assertThat(findLead(inner)).isPresent();
    }

    @Test
    void afterCommitRunsOnlyOnceTheOutermostTransactionHasCommitted() {
        Lead lead = LeadFixtures.lead(tenant);
        List<String> log = new ArrayList<>();
        List<Optional<Lead>> seenByAction = new ArrayList<>();

        transactions().inTransaction(() -> {
            store.leads().insert(lead);
            transactions().inTransaction(() -> transactions().afterCommit(() -> {
                log.add("inner action");
                // The action may use the store: it sees the committed lead in a new transaction.
                seenByAction.add(findLead(lead));
            }));
            log.add("inner unit returned");
            transactions().afterCommit(() -> log.add("outer action"));
            log.add("outer unit ends");
        });

        assertThat(log).containsExactly("inner unit returned", "outer unit ends", "inner action", "outer action");
        assertThat(seenByAction).hasSize(1).allSatisfy(found -> assertThat(found).isPresent());
    }

    @Test
    void anActionRegisteredAgainInOneTransactionRunsOnce() {
        List<String> log = new ArrayList<>();
        Runnable relay = () -> log.add("relay");

        transactions().inTransaction(() -> {
            transactions().afterCommit(relay);
            transactions().inTransaction(() -> transactions().afterCommit(relay));
            transactions().afterCommit(() -> log.add("other"));
            transactions().afterCommit(relay);
        });
        transactions().inTransaction(() -> transactions().afterCommit(relay));

        assertThat(log).containsExactly("relay", "other", "relay");
    }

    @Test
    void afterCommitNeverRunsWhenTheTransactionRollsBack() {
        List<String> log = new ArrayList<>();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            transactions().afterCommit(() -> log.add("must not run"));
            transactions().inTransaction(() -> transactions().afterCommit(() -> log.add("nor this")));
            throw new WorkFailed();
        })).isInstanceOf(WorkFailed.class);

        assertThat(log).isEmpty();
    }

    @Test
    void afterCommitRunsAtOnceOutsideATransaction() {
        List<String> log = new ArrayList<>();

        transactions().afterCommit(() -> log.add("ran"));

        assertThat(log).containsExactly("ran");
    }

    @Test
    void aTransactionAfterAFailedOneStartsClean() {
        Lead lost = LeadFixtures.lead(tenant);
        Lead kept = LeadFixtures.bareLead(tenant);
        List<String> log = new ArrayList<>();
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            store.leads().insert(lost);
            transactions().afterCommit(() -> log.add("from the failed unit"));
            throw new WorkFailed();
        })).isInstanceOf(WorkFailed.class);

        transactions().inTransaction(() -> store.leads().insert(kept));

        assertThat(findLead(lost)).isEmpty();
        assertThat(findLead(kept)).isPresent();
        assertThat(log).isEmpty();
    }

    private Optional<Lead> findLead(Lead lead) {
        return transactions().inTransaction(() -> store.leads().find(tenant, lead.id()));
    }

    private List<AuditEntry> history(Lead lead) {
        return transactions().inTransaction(() -> store.auditLog().history(tenant, "Lead", lead.id().toString()));
    }

    /** Unpublished events of one tenant; other tests' events may be pending too. */
    private List<StoredEvent> pendingOf(TenantId tenantId) {
        return transactions().inTransaction(() -> store.outbox().pending(100_000)).stream()
                .filter(event -> event.tenantId().equals(tenantId)).toList();
    }
}
