package org.smartbizflow.crm.shared.port.out;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.smartbizflow.crm.shared.TenantId;

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

    /**
     * Erasure (GDPR art. 17): replaces every occurrence of the values (ignoring case) inside the
     * stored payloads of the tenant's events, published or not, with {@code replacement}, in the
     * caller's transaction. The values are matched as they appear in the JSON text.
     *
     * @return how many events changed
     */
    int redact(TenantId tenantId, Collection<String> values, String replacement);
}
