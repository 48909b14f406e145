package org.smartbizflow.crm.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.smartbizflow.crm.activity.Activity;
import org.smartbizflow.crm.activity.ActivityDetails;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityStatus;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.ActivityVisibility;
import org.smartbizflow.crm.activity.Attendee;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.RecurrenceRule;
import org.smartbizflow.crm.activity.Reminder;
import org.smartbizflow.crm.activity.ReminderId;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * Test data for the activity port contract: activities built field by field, instants in
 * whole microseconds (what databases keep), ids from the shared time-ordered generator.
 */
public final class ActivityFixtures {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456Z");

    private ActivityFixtures() {
    }

    public static ActivityId nextActivityId() {
        return ActivityId.of(LeadFixtures.nextId());
    }

    /** A planned activity of the type with the given timing and nothing else. */
    public static ActivityView planned(TenantId tenant, ActivityType type, UserId owner, Instant start,
                                       Duration length) {
        Instant end = type == ActivityType.TASK ? start : start.plus(length);
        boolean logged = type.isLogOnly();
        return new ActivityView(nextActivityId(), tenant, type, logged ? ActivityStatus.COMPLETED : ActivityStatus.PLANNED,
                owner, type + " at " + start, null, start, end, BERLIN, ActivityDetails.defaultsFor(type),
                ActivityVisibility.SHARED, Set.of(), List.of(), List.of(), null, null, null, logged ? start : null, 0,
                T0, T0);
    }

    public static ActivityView meeting(TenantId tenant, UserId owner, Instant start, Duration length) {
        return planned(tenant, ActivityType.MEETING, owner, start, length);
    }

    /** A copy with other links, attendees, reminders, visibility or status. */
    public static ActivityView with(ActivityView a, Set<RecordLink> links, List<Attendee> attendees,
                                    List<Reminder> reminders, ActivityVisibility visibility) {
        return new ActivityView(a.id(), a.tenantId(), a.type(), a.status(), a.ownerId(), a.subject(), a.body(),
                a.start(), a.end(), a.zone(), a.details(), visibility, links, attendees, reminders, a.seriesId(),
                a.recurrence(), a.outcome(), a.completedAt(), a.version(), a.createdAt(), a.updatedAt());
    }

    /** A copy that is the first occurrence of a series with the rule. */
    public static ActivityView seriesStart(ActivityView a, RecurrenceRule rule) {
        return new ActivityView(a.id(), a.tenantId(), a.type(), a.status(), a.ownerId(), a.subject(), a.body(),
                a.start(), a.end(), a.zone(), a.details(), a.visibility(), a.links(), a.attendees(), a.reminders(),
                a.id(), rule, a.outcome(), a.completedAt(), a.version(), a.createdAt(), a.updatedAt());
    }

    /** A copy that is a later occurrence of the series. */
    public static ActivityView inSeries(ActivityView a, ActivityId seriesId) {
        return new ActivityView(a.id(), a.tenantId(), a.type(), a.status(), a.ownerId(), a.subject(), a.body(),
                a.start(), a.end(), a.zone(), a.details(), a.visibility(), a.links(), a.attendees(), a.reminders(),
                seriesId, null, a.outcome(), a.completedAt(), a.version(), a.createdAt(), a.updatedAt());
    }

    /** A copy of an occurrence of a series that the rule put at {@code originalStart}. */
    public static ActivityView withOriginalStart(ActivityView a, Instant originalStart) {
        return new ActivityView(a.id(), a.tenantId(), a.type(), a.status(), a.ownerId(), a.subject(), a.body(),
                a.start(), a.end(), a.zone(), a.details(), a.visibility(), a.links(), a.attendees(), a.reminders(),
                a.seriesId(), a.recurrence(), originalStart, a.outcome(), a.completedAt(), a.version(), a.createdAt(),
                a.updatedAt());
    }

    public static Reminder reminder(Duration before, Instant start) {
        return Reminder.pending(ReminderId.of(LeadFixtures.nextId()), before, start);
    }

    public static Activity activity(ActivityView view) {
        return Activity.restore(view);
    }
}
