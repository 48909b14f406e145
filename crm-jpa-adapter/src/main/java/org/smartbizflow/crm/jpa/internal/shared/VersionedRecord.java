package org.smartbizflow.crm.jpa.internal.shared;

/**
 * What an entity with a version column tells about itself, so that a lost update reported by
 * the provider can be named in a {@link org.smartbizflow.crm.shared.ConcurrencyConflictException}.
 */
public interface VersionedRecord {

    String recordType();

    Object recordId();

    long loadedVersion();
}
