package org.smartbizflow.crm.shared;

/**
 * Someone else changed the record since it was read: the update was based on a stale version
 * and nothing was written. Reload and retry.
 */
public class ConcurrencyConflictException extends CrmException {

    private final String recordType;
    private final String recordId;
    private final long expectedVersion;

    public ConcurrencyConflictException(String recordType, Object recordId, long expectedVersion) {
        super(recordType + " " + recordId + " was changed concurrently (expected version "
                + expectedVersion + ")");
        this.recordType = recordType;
        this.recordId = String.valueOf(recordId);
        this.expectedVersion = expectedVersion;
    }

    public ConcurrencyConflictException(String recordType, Object recordId, long expectedVersion, Throwable cause) {
        super(recordType + " " + recordId + " was changed concurrently (expected version "
                + expectedVersion + ")", cause);
        this.recordType = recordType;
        this.recordId = String.valueOf(recordId);
        this.expectedVersion = expectedVersion;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
