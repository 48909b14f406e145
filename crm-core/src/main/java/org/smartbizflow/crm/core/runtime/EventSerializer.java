package org.smartbizflow.crm.core.runtime;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.HashMap;
import java.util.Map;
import org.smartbizflow.crm.account.AccountEvent;
import org.smartbizflow.crm.activity.ActivityEvent;
import org.smartbizflow.crm.activity.ActivityPlaybookEvent;
import org.smartbizflow.crm.contact.ContactEvent;
import org.smartbizflow.crm.lead.LeadEvent;
import org.smartbizflow.crm.lead.nurture.NurtureEvent;
import org.smartbizflow.crm.opportunity.OpportunityEvent;
import org.smartbizflow.crm.opportunity.PipelineEvent;
import org.smartbizflow.crm.sales.contract.ContractEvent;
import org.smartbizflow.crm.sales.proposal.ProposalEvent;
import org.smartbizflow.crm.sales.quote.QuoteEvent;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.EventEnvelope;
import org.smartbizflow.crm.shared.port.out.StoredEvent;

/**
 * Turns domain events into the JSON the outbox stores and back. Event records are
 * serialised by their fields, so the stored form is exactly the record's components.
 */
public final class EventSerializer {

    private final ObjectMapper mapper;
    private final Map<String, Class<? extends DomainEvent>> types = new HashMap<>();

    public EventSerializer() {
        this.mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        // Every event is a permitted subtype of its context's sealed event type, so a new event
        // needs no registration here; the lead import's chunk event is the one outside them.
        Class<?>[] sealedTypes = {LeadEvent.class, NurtureEvent.class, ContactEvent.class, AccountEvent.class,
            PipelineEvent.class, OpportunityEvent.class, ActivityEvent.class, QuoteEvent.class, ProposalEvent.class,
            ContractEvent.class, ActivityPlaybookEvent.class, org.smartbizflow.crm.contact.ContactGroupEvent.class};
        for (Class<?> sealed : sealedTypes) {
            for (Class<?> type : sealed.getPermittedSubclasses()) {
                register(type.asSubclass(DomainEvent.class));
            }
        }
        register(LeadEvent.LeadsImported.class);
    }

    private void register(Class<? extends DomainEvent> type) {
        Class<? extends DomainEvent> earlier = types.put(type.getSimpleName(), type);
        if (earlier != null && earlier != type) {
            // the stored type name is the simple name, so two events may not share one
            throw new IllegalStateException("two event types named " + type.getSimpleName() + ": "
                    + earlier.getName() + " and " + type.getName());
        }
    }

    String toJson(DomainEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + event.type(), e);
        }
    }

    EventEnvelope toEnvelope(StoredEvent stored) {
        Class<? extends DomainEvent> type = types.get(stored.type());
        if (type == null) {
            throw new IllegalStateException("unknown event type in outbox: " + stored.type());
        }
        try {
            return new EventEnvelope(stored.eventId(), mapper.readValue(stored.payload(), type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read event " + stored.eventId() + " of type " + stored.type(), e);
        }
    }
}
