package org.smartbizflow.crm.shared.port.out;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The transactional outbox: events are appended in the same transaction as the change that
 * caused them, so none is lost when the process dies after commit; a relay publishes pending
 * events and marks them published.
 */
public interface EventOutbox {

    /** Appends events inside the caller's transaction. */
    void append(List<StoredEvent> events);

    /** Up to {@code max} unpublished events, oldest first. */
    List<StoredEvent> pending(int max);

    /** Marks events as published; unknown ids are ignored. */
    void markPublished(Collection<UUID> eventIds);
}
