package org.smartbizflow.crm.jpa;

import jakarta.persistence.EntityManager;

/**
 * How the adapter reaches the entity manager of the current transaction when the host owns
 * the persistence unit and the transactions (for example a shared, transaction-scoped
 * entity manager of a Spring or Jakarta EE host). The adapter never opens, closes or
 * commits what this returns.
 */
@FunctionalInterface
public interface EntityManagerAccess {

    /** The entity manager bound to the caller's current transaction. */
    EntityManager current();
}
