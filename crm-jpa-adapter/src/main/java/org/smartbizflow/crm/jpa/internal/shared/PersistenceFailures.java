package org.smartbizflow.crm.jpa.internal.shared;

import jakarta.persistence.OptimisticLockException;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;

/**
 * Turns provider exceptions that have a meaning in the CRM's own vocabulary into the CRM's
 * exceptions, so a host catches one hierarchy whatever the storage.
 */
public final class PersistenceFailures {

    private PersistenceFailures() {
    }

    /** A lost concurrent update becomes {@link ConcurrencyConflictException}; others pass unchanged. */
    public static RuntimeException translate(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException lockFailure) {
                return conflict(lockFailure);
            }
        }
        return failure;
    }

    static ConcurrencyConflictException conflict(OptimisticLockException failure) {
        Object entity = failure.getEntity();
        String recordType = entity instanceof VersionedRecord versioned ? versioned.recordType() : "record";
        Object recordId = entity instanceof VersionedRecord versioned ? versioned.recordId() : "?";
        long version = entity instanceof VersionedRecord versioned ? versioned.loadedVersion() : -1;
        return new ConcurrencyConflictException(recordType, recordId, version, failure);
    }

    /**
     * Did the database refuse a write for breaking a constraint (SQLSTATE class 23: a duplicate
     * key, a missing parent)? Read from the JDBC cause, so it holds for every driver.
     */
    public static boolean isIntegrityViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
