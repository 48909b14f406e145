package org.smartbizflow.crm.shared.port.out;

import java.util.function.Supplier;

/**
 * Runs work in one transaction. The JPA adapter brings a resource-local runner; a Spring or
 * JTA host brings its own that joins the host's transaction. A nested call joins the
 * outer transaction. An exception from the work rolls everything back and is rethrown.
 */
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs the action once the current outermost transaction has committed, or at once when
     * there is none. Used to publish events only for committed changes. The same action
     * (the same instance) registered again in one transaction should run once: the CRM registers
     * its event relay with every batch of events a transaction records.
     */
    void afterCommit(Runnable action);
}
