package org.smartbizflow.crm.core.runtime;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.activity.ActivityEvent;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * An activity event that may change what the records it is filed under count: it was
 * completed, created (a logged activity is created completed), or filed under other records.
 * Reactions that count a record's activities (a deal's win probability, a lead's score) start
 * from it.
 *
 * @param tenantId   the activity's tenant
 * @param activityId the activity
 * @param by         who did it
 * @param left       the records the activity is no longer filed under
 */
public record ActivityTouch(TenantId tenantId, ActivityId activityId, UserId by, List<RecordLink> left) {

    /** The touch the event stands for, if it is one. */
    public static Optional<ActivityTouch> of(DomainEvent event) {
        if (event instanceof ActivityEvent.ActivityCompleted completed) {
            return Optional.of(new ActivityTouch(completed.tenantId(), completed.activityId(),
                    completed.completedBy(), List.of()));
        }
        if (event instanceof ActivityEvent.ActivityScheduled scheduled) {
            return Optional.of(new ActivityTouch(scheduled.tenantId(), scheduled.activityId(), scheduled.ownerId(),
                    List.of()));
        }
        if (event instanceof ActivityEvent.ActivityEdited edited
                && (!edited.linksAdded().isEmpty() || !edited.linksRemoved().isEmpty())) {
            return Optional.of(new ActivityTouch(edited.tenantId(), edited.activityId(), edited.changedBy(),
                    edited.linksRemoved()));
        }
        return Optional.empty();
    }

    /**
     * When a completed activity took place: its end (else its start), or when it was marked
     * done if that was earlier. A call logged today that took place last week counts from last
     * week.
     */
    public static Instant heldAt(ActivityView activity) {
        Instant planned = activity.end() != null ? activity.end() : activity.start();
        Instant done = activity.completedAt();
        if (planned == null) {
            return done;
        }
        return done != null && done.isBefore(planned) ? done : planned;
    }
}
