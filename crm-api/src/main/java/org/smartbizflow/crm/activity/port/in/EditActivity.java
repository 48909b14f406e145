package org.smartbizflow.crm.activity.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.smartbizflow.crm.activity.ActivityEdit;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityVisibility;
import org.smartbizflow.crm.activity.Attendee;
import org.smartbizflow.crm.activity.CallDirection;
import org.smartbizflow.crm.activity.Priority;
import org.smartbizflow.crm.activity.RecordLink;

/**
 * Change what an activity is about (one occurrence of a series changes alone), e.g.
 * {@code EditActivity.of(id).subject("Kick-off").link(RecordLink.account(acme)).expecting(3)}.
 *
 * @param activityId      the activity
 * @param changes         what to change; fields left null stay
 * @param expectedVersion the version the caller saw, or null to skip that check
 */
public record EditActivity(@NotNull ActivityId activityId, @NotNull ActivityEdit changes,
                           @PositiveOrZero Long expectedVersion) {

    public static EditActivity of(ActivityId activityId) {
        return new EditActivity(activityId, ActivityEdit.none(), null);
    }

    public EditActivity subject(String subject) {
        return new EditActivity(activityId, changes.withSubject(subject), expectedVersion);
    }

    /** A new body; blank removes it. */
    public EditActivity body(String body) {
        return new EditActivity(activityId, changes.withBody(body), expectedVersion);
    }

    /** A meeting's new location; blank removes it. */
    public EditActivity location(String location) {
        return new EditActivity(activityId, changes.withLocation(location), expectedVersion);
    }

    /** A meeting's new video-call link; blank removes it. */
    public EditActivity onlineLink(String link) {
        return new EditActivity(activityId, changes.withOnlineLink(link), expectedVersion);
    }

    public EditActivity priority(Priority priority) {
        return new EditActivity(activityId, changes.withPriority(priority), expectedVersion);
    }

    public EditActivity direction(CallDirection direction) {
        return new EditActivity(activityId, changes.withDirection(direction), expectedVersion);
    }

    public EditActivity visibility(ActivityVisibility visibility) {
        return new EditActivity(activityId, changes.withVisibility(visibility), expectedVersion);
    }

    public EditActivity link(RecordLink... records) {
        return new EditActivity(activityId, changes.link(records), expectedVersion);
    }

    public EditActivity unlink(RecordLink... records) {
        return new EditActivity(activityId, changes.unlink(records), expectedVersion);
    }

    public EditActivity invite(Attendee... people) {
        return new EditActivity(activityId, changes.invite(people), expectedVersion);
    }

    public EditActivity uninvite(Attendee... people) {
        return new EditActivity(activityId, changes.uninvite(people), expectedVersion);
    }

    /** Refuse with a concurrency conflict unless the stored version is still this one. */
    public EditActivity expecting(long version) {
        return new EditActivity(activityId, changes, version);
    }
}
