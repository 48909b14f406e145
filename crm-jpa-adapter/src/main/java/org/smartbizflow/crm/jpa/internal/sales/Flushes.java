package org.smartbizflow.crm.jpa.internal.sales;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.smartbizflow.crm.jpa.internal.shared.PersistenceFailures;

/**
 * Writes of the sales repositories are flushed at once, so that a lost update or a broken
 * unique key is reported to the caller in the CRM's own terms rather than at some later
 * commit as a provider exception.
 */
final class Flushes {

    private Flushes() {
    }

    /**
     * Flushes; a unique-key violation becomes what {@code onUniqueViolation} makes, a lost
     * update a {@link org.smartbizflow.crm.shared.ConcurrencyConflictException}.
     */
    static void flush(EntityManager em, Supplier<RuntimeException> onUniqueViolation) {
        try {
            em.flush();
        } catch (PersistenceException failure) {
            if (isUniqueViolation(failure)) {
                throw onUniqueViolation.get();
            }
            throw PersistenceFailures.translate(failure);
        }
    }

    /** SQLSTATE class 23 (integrity constraint violation), which every supported database reports. */
    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
