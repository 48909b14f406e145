package org.smartbizflow.crm.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.activity.ActivityEvent;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.port.out.StoredEvent;

/**
 * An edited activity's event survives the outbox: stored as JSON and read back equal, also when
 * it was stored by a version that did not record the links.
 */
class ActivityEventSerializationTest {

    @Test
    void anEditEventRoundTripsThroughItsStoredForm() {
        EventSerializer serializer = new EventSerializer();
        DomainEvent edited = new ActivityEvent.ActivityEdited(TenantId.of("acme"), ActivityId.of(UUID.randomUUID()),
                List.of("subject", "link", "attendee"), List.of(RecordLink.opportunity(OpportunityId.of(UUID.randomUUID()))),
                List.of(RecordLink.lead(LeadId.of(UUID.randomUUID()))), UserId.of("ada"), Instant.parse("2026-03-02T08:00:00Z"));
        UUID eventId = UUID.randomUUID();

        StoredEvent stored = new StoredEvent(eventId, TenantId.of("acme"), edited.type(),
                edited.aggregateId(), serializer.toJson(edited), Instant.parse("2026-03-02T08:00:00Z"));

        assertThat(serializer.toEnvelope(stored).event()).isEqualTo(edited);
        assertThat(serializer.toEnvelope(stored).eventId()).isEqualTo(eventId);
    }

    @Test
    void anEditEventStoredBeforeLinksWereRecordedReadsBackWithNone() throws Exception {
        EventSerializer serializer = new EventSerializer();
        ActivityEvent.ActivityEdited edited = new ActivityEvent.ActivityEdited(TenantId.of("acme"),
                ActivityId.of(UUID.randomUUID()), List.of("subject"), List.of(), List.of(), UserId.of("ada"),
                Instant.parse("2026-03-02T08:00:00Z"));
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(serializer.toJson(edited));
        assertThat(json.remove(List.of("linksAdded", "linksRemoved"))).isNotNull();

        StoredEvent stored = new StoredEvent(UUID.randomUUID(), TenantId.of("acme"), edited.type(),
                edited.aggregateId(), json.toString(), Instant.parse("2026-03-02T08:00:00Z"));

        assertThat(serializer.toEnvelope(stored).event()).isEqualTo(edited);
    }
}
