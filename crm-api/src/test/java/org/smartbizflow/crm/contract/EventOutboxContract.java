package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.port.out.EventOutbox;
import org.smartbizflow.crm.shared.port.out.StoredEvent;

/**
 * What every {@link EventOutbox} must do. The outbox is shared by all tenants, so each test
 * first marks whatever earlier tests left pending as published; the tests of one store must
 * therefore not run in parallel. Subclass it per adapter.
 */
public abstract class EventOutboxContract {

    /** The store under test; called once before each test. */
    protected abstract CrmPersistence persistence();

    private CrmPersistence store;
    private TenantId tenant;

    @BeforeEach
    void openStoreAndDrainOutbox() {
        store = persistence();
        tenant = LeadFixtures.freshTenant();
        List<StoredEvent> leftOver;
        do {
            leftOver = store.transactions().inTransaction(() -> {
                List<StoredEvent> batch = outbox().pending(500);
                outbox().markPublished(batch.stream().map(StoredEvent::eventId).toList());
                return batch;
            });
        } while (!leftOver.isEmpty());
    }

    private EventOutbox outbox() {
        return store.outbox();
    }

    private void append(StoredEvent... events) {
        store.transactions().inTransaction(() -> outbox().append(List.of(events)));
    }

    private List<StoredEvent> pending(int max) {
        return store.transactions().inTransaction(() -> outbox().pending(max));
    }

    private void markPublished(UUID... ids) {
        store.transactions().inTransaction(() -> outbox().markPublished(List.of(ids)));
    }

    @Test
    void pendingReturnsAppendedEventsOldestFirstWithEveryFieldKept() {
        Instant t = LeadFixtures.BASE_TIME;
        StoredEvent second = LeadFixtures.event(tenant, "lead-1", t.plusMillis(1));
        StoredEvent third = LeadFixtures.event(tenant, "lead-2", t.plusSeconds(30));
        StoredEvent first = LeadFixtures.event(tenant, "lead-1", t.plusNanos(1_000));

        append(second, third);
        append(first);

        assertThat(pending(100)).containsExactly(first, second, third);
    }

    @Test
    void publishedEventsAreNoLongerPending() {
        Instant t = LeadFixtures.BASE_TIME;
        StoredEvent a = LeadFixtures.event(tenant, "lead-1", t);
        StoredEvent b = LeadFixtures.event(tenant, "lead-1", t.plusSeconds(1));
        StoredEvent c = LeadFixtures.event(tenant, "lead-1", t.plusSeconds(2));
        append(a, b, c);

        markPublished(a.eventId(), c.eventId(), UUID.randomUUID());

        assertThat(pending(100)).containsExactly(b);
        markPublished(a.eventId(), b.eventId());
        assertThat(pending(100)).isEmpty();
    }

    @Test
    void pendingHonoursItsLimit() {
        Instant t = LeadFixtures.BASE_TIME;
        List<StoredEvent> events = List.of(
                LeadFixtures.event(tenant, "a", t.plusSeconds(4)), LeadFixtures.event(tenant, "b", t.plusSeconds(1)),
                LeadFixtures.event(tenant, "c", t.plusSeconds(3)), LeadFixtures.event(tenant, "d", t.plusSeconds(0)),
                LeadFixtures.event(tenant, "e", t.plusSeconds(2)));
        store.transactions().inTransaction(() -> outbox().append(events));

        assertThat(pending(2)).extracting(StoredEvent::aggregateId).containsExactly("d", "b");
        assertThat(pending(1)).extracting(StoredEvent::aggregateId).containsExactly("d");
        assertThat(pending(5)).extracting(StoredEvent::aggregateId).containsExactly("d", "b", "e", "c", "a");
    }

    @Test
    void eventsKeepTheirTenant() {
        TenantId other = LeadFixtures.freshTenant();
        StoredEvent mine = LeadFixtures.event(tenant, "x", LeadFixtures.BASE_TIME);
        StoredEvent theirs = LeadFixtures.event(other, "x", LeadFixtures.BASE_TIME.plusSeconds(1));
        append(mine, theirs);

        assertThat(pending(10)).extracting(StoredEvent::tenantId).containsExactly(tenant, other);
    }

    @Test
    void aLargePayloadIsKeptWhole() {
        String payload = "{\"text\":\"" + "x".repeat(100_000) + "\"}";
        StoredEvent big = new StoredEvent(LeadFixtures.nextId(), tenant, "Big", "agg", payload,
                LeadFixtures.BASE_TIME);
        append(big);

        assertThat(pending(1)).containsExactly(big);
    }

    @Test
    void pendingRefusesANonPositiveLimit() {
        assertThatThrownBy(() -> pending(0)).isInstanceOf(ValidationException.class);
    }
}
