package org.smartbizflow.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceConfiguration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.contract.LeadFixtures;
import org.smartbizflow.crm.jpa.internal.shared.ResourceLocalTransactionRunner;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.port.out.TransactionRunner;

/** Behaviour of the adapter beyond the port contracts: host-owned units, rollback-only, lost updates. */
class JpaCrmPersistenceTest {

    private final JpaCrmPersistence store = TestDatabase.h2().persistence();
    private final TenantId tenant = LeadFixtures.freshTenant();

    @Test
    void aSwallowedNestedFailureStillRollsTheTransactionBack() {
        Lead lead = LeadFixtures.lead(tenant);

        assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
            store.leads().insert(lead);
            try {
                store.transactions().inTransaction(() -> {
                    throw new IllegalArgumentException("inner failure");
                });
            } catch (IllegalArgumentException swallowed) {
                // The outer unit carries on as if nothing happened.
            }
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("nested");

        assertThat(store.transactions().inTransaction(() -> store.leads().find(tenant, lead.id()))).isEmpty();
    }

    @Test
    void aWriterThatSlipsInBetweenReadAndUpdateIsAConcurrencyConflict() throws Exception {
        Lead lead = LeadFixtures.lead(tenant);
        store.transactions().inTransaction(() -> store.leads().insert(lead));
        ExecutorService otherThread = Executors.newSingleThreadExecutor();
        try {
            assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
                Lead mine = store.leads().find(tenant, lead.id()).orElseThrow();
                // Another transaction commits a change after this one has read the lead.
                Future<?> theirs = otherThread.submit(() -> store.transactions().inTransaction(() -> {
                    Lead other = store.leads().find(tenant, lead.id()).orElseThrow();
                    other.moveTo(LeadStatus.WORKING, UserId.of("u-2"), LeadFixtures.BASE_TIME.plusSeconds(1));
                    store.leads().update(other);
                }));
                await(theirs);
                mine.moveTo(LeadStatus.NURTURING, UserId.of("u-1"), LeadFixtures.BASE_TIME.plusSeconds(2));
                store.leads().update(mine);
            })).isInstanceOf(ConcurrencyConflictException.class);
        } finally {
            otherThread.shutdownNow();
        }

        Lead stored = store.transactions().inTransaction(() -> store.leads().find(tenant, lead.id())).orElseThrow();
        assertThat(stored.status()).isEqualTo(LeadStatus.WORKING);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void runsInsideAHostsOwnPersistenceUnitAndTransactions() {
        EntityManagerFactory hostFactory = hostFactory();
        try {
            HostTransactions host = new HostTransactions(hostFactory);
            JpaCrmPersistence crm = JpaCrmPersistence.using(host::current, host);
            Lead lead = LeadFixtures.lead(tenant);

            crm.transactions().inTransaction(() -> crm.leads().insert(lead));
            crm.close();

            assertThat(crm.transactions()).isSameAs(host);
            assertThat(host.commits).isEqualTo(1);
            assertThat(crm.transactions().inTransaction(() -> crm.leads().find(tenant, lead.id())))
                    .map(Lead::view).contains(lead.view());
        } finally {
            hostFactory.close();
        }
    }

    /**
     * An import lets go of each row's entities: in the entity manager the adapter owns, they
     * are flushed and detached; in a host's, nothing is detached, as the host's own entities may
     * be there.
     */
    @Test
    void flushAndClearLetsGoOfItsOwnContextAndLeavesAHostsAlone() {
        Lead lead = LeadFixtures.lead(tenant);
        store.transactions().inTransaction(() -> store.leads().insert(lead));
        boolean[] held = new boolean[2];
        store.transactions().inTransaction(() -> {
            EntityManager em = ((ResourceLocalTransactionRunner) store.transactions()).currentEntityManager();
            Object row = em.createQuery("select l from CrmLead l where l.id = :id")
                    .setParameter("id", lead.id().value()).getSingleResult();
            held[0] = em.contains(row);
            store.flushAndClear();
            held[1] = em.contains(row);
            assertThat(store.leads().find(tenant, lead.id())).map(Lead::view).contains(lead.view());
        });
        assertThat(held).containsExactly(true, false);

        EntityManagerFactory hostFactory = hostFactory();
        try {
            HostTransactions host = new HostTransactions(hostFactory);
            JpaCrmPersistence crm = JpaCrmPersistence.using(host::current, host);
            crm.transactions().inTransaction(() -> crm.leads().insert(lead));
            crm.transactions().inTransaction(() -> {
                Object row = host.current().createQuery("select l from CrmLead l where l.id = :id")
                        .setParameter("id", lead.id().value()).getSingleResult();
                crm.flushAndClear();
                assertThat(host.current().contains(row)).isTrue();
            });
        } finally {
            hostFactory.close();
        }
    }

    @Test
    void listsItsEntityClassesForHosts() {
        // Leads, outbox events, audit entries, forecast snapshots and the embeddable of their deal lines,
        // contacts and their child rows, accounts, the sales context; each context adds its own, so the count is not pinned here.
        assertThat(JpaCrmPersistence.managedClassNames()).doesNotHaveDuplicates()
                .anySatisfy(name -> assertThat(name).endsWith(".lead.LeadEntity"))
                .anySatisfy(name -> assertThat(name).endsWith(".lead.LeadCustomFieldEntity"))
                .anySatisfy(name -> assertThat(name).endsWith(".lead.LeadTagEntity"))
                .anySatisfy(name -> assertThat(name).endsWith(".lead.LeadScoreEntity"))
                .anySatisfy(name -> assertThat(name).endsWith(".lead.ScoreFactorLine"))
                .anySatisfy(name -> assertThat(name).endsWith(".contact.ContactEntity"))
                .anySatisfy(name -> assertThat(name).endsWith(".contact.ContactEmailRow"))
                .anySatisfy(name -> assertThat(name).endsWith(".account.AccountEntity"))
                .anySatisfy(name -> assertThat(name).endsWith(".sales.QuoteEntity"))
                .anySatisfy(name -> assertThat(name).endsWith(".forecast.ForecastSnapshotEntity"))
                .anySatisfy(name -> assertThat(name).endsWith(".assignment.AssignmentPointerEntity"))
                .anySatisfy(name -> assertThat(name).endsWith(".nurture.StepRunEntity"))
                .anySatisfy(name -> assertThat(name).endsWith(".forecast.ForecastDealLine"))
                .allSatisfy(name -> assertThat(name).startsWith("org.smartbizflow.crm.jpa.internal."));
    }

    @Test
    void bootstrapAcceptsOverridingProperties() {
        try (JpaCrmPersistence other = JpaCrmPersistence.bootstrap(dataSourceOfSharedH2(), DatabaseVendor.H2,
                Map.of("hibernate.jdbc.batch_size", "10"))) {
            assertThat(other.transactions().inTransaction(() -> other.leads().find(tenant, LeadFixtures.nextLeadId())))
                    .isEmpty();
        }
    }

    private static DataSource dataSourceOfSharedH2() {
        DataSource dataSource = TestDatabase.h2().isolatedDataSource();
        CrmSchema.migrate(dataSource, DatabaseVendor.H2);
        return dataSource;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** A host's persistence unit on a database of its own, listing the CRM's entity classes. */
    private static EntityManagerFactory hostFactory() {
        DataSource dataSource = TestDatabase.h2().isolatedDataSource();
        CrmSchema.migrate(dataSource, DatabaseVendor.H2);
        PersistenceConfiguration hostUnit = new PersistenceConfiguration("host")
                .transactionType(jakarta.persistence.PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property("jakarta.persistence.nonJtaDataSource", dataSource);
        for (String name : JpaCrmPersistence.managedClassNames()) {
            hostUnit.managedClass(load(name));
        }
        return hostUnit.createEntityManagerFactory();
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** What a host brings: its own thread-bound entity manager and transaction demarcation. */
    private static final class HostTransactions implements TransactionRunner {
        private final EntityManagerFactory factory;
        private final ThreadLocal<EntityManager> bound = new ThreadLocal<>();
        private int commits;

        HostTransactions(EntityManagerFactory factory) {
            this.factory = factory;
        }

        EntityManager current() {
            return bound.get();
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            if (bound.get() != null) {
                return work.get();
            }
            try (EntityManager em = factory.createEntityManager()) {
                bound.set(em);
                EntityTransaction tx = em.getTransaction();
                tx.begin();
                try {
                    T result = work.get();
                    tx.commit();
                    commits++;
                    return result;
                } catch (RuntimeException e) {
                    if (tx.isActive()) {
                        tx.rollback();
                    }
                    throw e;
                }
            } finally {
                bound.remove();
            }
        }

        @Override
        public void afterCommit(Runnable action) {
            action.run();
        }
    }
}
