package org.smartbizflow.crm.activity;

import java.time.Instant;
import java.util.List;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** Events of the activity lifecycle. */
public sealed interface ActivityEvent extends DomainEvent {

    ActivityId activityId();

    @Override
    default String aggregateId() {
        return activityId().toString();
    }

    /**
     * An activity was planned or logged.
     *
     * @param tenantId   tenant
     * @param activityId the activity
     * @param activityType its type
     * @param ownerId    its owner
     * @param start      when it starts (a task: is due)
     * @param occurredAt when it was created
     */
    record ActivityScheduled(TenantId tenantId, ActivityId activityId, ActivityType activityType, UserId ownerId,
                             Instant start, Instant occurredAt) implements ActivityEvent {
    }

    /**
     * An activity moved in time.
     *
     * @param tenantId   tenant
     * @param activityId the activity
     * @param fromStart  start before
     * @param toStart    start after
     * @param changedBy  who moved it
     * @param occurredAt when
     */
    record ActivityRescheduled(TenantId tenantId, ActivityId activityId, Instant fromStart, Instant toStart,
                               UserId changedBy, Instant occurredAt) implements ActivityEvent {
    }

    /**
     * An activity was completed.
     *
     * @param tenantId    tenant
     * @param activityId  the activity
     * @param activityType its type
     * @param outcome     what came of it, or null
     * @param completedBy who completed it
     * @param occurredAt  when
     */
    record ActivityCompleted(TenantId tenantId, ActivityId activityId, ActivityType activityType, String outcome,
                             UserId completedBy, Instant occurredAt) implements ActivityEvent {
    }

    /**
     * An activity was cancelled.
     *
     * @param tenantId    tenant
     * @param activityId  the activity
     * @param cancelledBy who cancelled it
     * @param occurredAt  when
     */
    record ActivityCancelled(TenantId tenantId, ActivityId activityId, UserId cancelledBy, Instant occurredAt)
            implements ActivityEvent {
    }

    /**
     * What an activity is about changed: subject, body, place, priority, direction,
     * visibility, links or attendees (the audit log keeps the values).
     *
     * @param tenantId     tenant
     * @param activityId   the activity
     * @param fields       the fields that changed ({@code link} and {@code attendee} for added or
     *                     removed links and attendees)
     * @param linksAdded   the records the activity is now filed under as well
     * @param linksRemoved the records it is no longer filed under
     * @param changedBy    who changed it
     * @param occurredAt   when
     */
    record ActivityEdited(TenantId tenantId, ActivityId activityId, List<String> fields, List<RecordLink> linksAdded,
                          List<RecordLink> linksRemoved, UserId changedBy, Instant occurredAt)
            implements ActivityEvent {
        public ActivityEdited {
            fields = List.copyOf(fields);
            // events stored before links were recorded read back with none
            linksAdded = linksAdded == null ? List.of() : List.copyOf(linksAdded);
            linksRemoved = linksRemoved == null ? List.of() : List.copyOf(linksRemoved);
        }
    }
}
