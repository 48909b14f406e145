package org.smartbizflow.crm.jpa.internal.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.smartbizflow.crm.shared.port.out.TransactionRunner;

/**
 * Resource-local transactions for an entity manager factory the adapter bootstrapped
 * itself: one entity manager per outermost unit of work, bound to the thread so that the
 * repositories and nested units join it.
 *
 * <p>Any exception leaving a unit of work rolls the whole transaction back and is rethrown
 * unchanged. A nested unit that fails marks the transaction rollback-only, so an outer unit
 * that swallows the failure still cannot commit half of the work. After-commit actions run
 * once the outermost unit has committed, with the thread already unbound, so they may open
 * transactions of their own.
 */
public final class ResourceLocalTransactionRunner implements TransactionRunner {

    private final EntityManagerFactory factory;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();

    public ResourceLocalTransactionRunner(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * The entity manager of the calling thread's transaction.
     *
     * @throws IllegalStateException outside a unit of work
     */
    public EntityManager currentEntityManager() {
        Unit unit = current.get();
        if (unit == null) {
            throw new IllegalStateException(
                    "no CRM transaction on this thread: call the repositories inside transactions().inTransaction(...)");
        }
        return unit.entityManager;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        Unit joined = current.get();
        if (joined != null) {
            try {
                return work.get();
            } catch (Throwable failure) {
                joined.rollbackOnly = true;
                throw failure;
            }
        }
        return runOutermost(work);
    }

    private <T> T runOutermost(Supplier<T> work) {
        EntityManager entityManager = factory.createEntityManager();
        Unit unit = new Unit(entityManager);
        current.set(unit);
        T result;
        try {
            EntityTransaction transaction = entityManager.getTransaction();
            transaction.begin();
            try {
                result = work.get();
            } catch (Throwable failure) {
                rollback(transaction, failure);
                throw failure;
            }
            if (unit.rollbackOnly) {
                rollback(transaction, null);
                throw new IllegalStateException(
                        "the transaction was rolled back because a nested unit of work failed");
            }
            try {
                transaction.commit();
            } catch (RuntimeException failure) {
                rollback(transaction, failure);
                throw PersistenceFailures.translate(failure);
            }
        } finally {
            current.remove();
            entityManager.close();
        }
        runAfterCommit(unit.afterCommit);
        return result;
    }

    private static void rollback(EntityTransaction transaction, Throwable cause) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            if (cause == null) {
                throw rollbackFailure;
            }
            cause.addSuppressed(rollbackFailure);
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        Objects.requireNonNull(action, "action");
        Unit unit = current.get();
        if (unit == null) {
            action.run();
        } else {
            // the same action registered again runs once
            if (unit.afterCommit.stream().noneMatch(registered -> registered == action)) {
                unit.afterCommit.add(action);
            }
        }
    }

    /**
     * Runs every action even when one fails: the transaction has committed, so each action
     * deserves its turn. The first failure is rethrown with the later ones suppressed.
     */
    private static void runAfterCommit(List<Runnable> actions) {
        RuntimeException first = null;
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException failure) {
                if (first == null) {
                    first = failure;
                } else {
                    first.addSuppressed(failure);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static final class Unit {
        private final EntityManager entityManager;
        private final List<Runnable> afterCommit = new ArrayList<>();
        private boolean rollbackOnly;

        private Unit(EntityManager entityManager) {
            this.entityManager = entityManager;
        }
    }
}
