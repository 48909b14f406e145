package org.smartbizflow.crm.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.activity.ActivityEvent;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.port.out.StoredEvent;

/** An edited activity's event survives the outbox: stored as JSON and read back equal. */
class ActivityEventSerializationTest {

    @Test
    void anEditEventRoundTripsThroughItsStoredForm() {
        EventSerializer serializer = new EventSerializer();
        DomainEvent edited = new ActivityEvent.ActivityEdited(TenantId.of("acme"), ActivityId.of(UUID.randomUUID()),
                List.of("subject", "link", "attendee"), UserId.of("ada"), Instant.parse("2026-03-02T08:00:00Z"));
        UUID eventId = UUID.randomUUID();

        StoredEvent stored = new StoredEvent(eventId, TenantId.of("acme"), edited.type(),
                edited.aggregateId(), serializer.toJson(edited), Instant.parse("2026-03-02T08:00:00Z"));

        assertThat(serializer.toEnvelope(stored).event()).isEqualTo(edited);
        assertThat(serializer.toEnvelope(stored).eventId()).isEqualTo(eventId);
    }
}
