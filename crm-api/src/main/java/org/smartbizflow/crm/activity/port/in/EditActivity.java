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
 * Change what an activity is about, e.g.
 * {@code EditActivity.of(id).subject("Kick-off").link(RecordLink.account(acme)).expecting(3)}. One
 * occurrence of a series changes alone, unless {@link #alsoLaterOccurrences()} asks for the same
 * change on the series' later planned occurrences too.
 *
 * @param activityId      the activity
 * @param changes         what to change; fields left null stay
 * @param expectedVersion the version the caller saw (of this activity), or null to skip that check
 * @param restOfSeries    also change the later planned occurrences of its series
 */
public record EditActivity(@NotNull ActivityId activityId, @NotNull ActivityEdit changes,
                           @PositiveOrZero Long expectedVersion, boolean restOfSeries) {

    /** Changes this activity alone. */
    public EditActivity(ActivityId activityId, ActivityEdit changes, Long expectedVersion) {
        this(activityId, changes, expectedVersion, false);
    }

    public static EditActivity of(ActivityId activityId) {
        return new EditActivity(activityId, ActivityEdit.none(), null, false);
    }

    public EditActivity subject(String subject) {
        return new EditActivity(activityId, changes.withSubject(subject), expectedVersion, restOfSeries);
    }

    /** A new body; blank removes it. */
    public EditActivity body(String body) {
        return new EditActivity(activityId, changes.withBody(body), expectedVersion, restOfSeries);
    }

    /** A meeting's new location; blank removes it. */
    public EditActivity location(String location) {
        return new EditActivity(activityId, changes.withLocation(location), expectedVersion, restOfSeries);
    }

    /** A meeting's new video-call link; blank removes it. */
    public EditActivity onlineLink(String link) {
        return new EditActivity(activityId, changes.withOnlineLink(link), expectedVersion, restOfSeries);
    }

    public EditActivity priority(Priority priority) {
        return new EditActivity(activityId, changes.withPriority(priority), expectedVersion, restOfSeries);
    }

    public EditActivity direction(CallDirection direction) {
        return new EditActivity(activityId, changes.withDirection(direction), expectedVersion, restOfSeries);
    }

    public EditActivity visibility(ActivityVisibility visibility) {
        return new EditActivity(activityId, changes.withVisibility(visibility), expectedVersion, restOfSeries);
    }

    public EditActivity link(RecordLink... records) {
        return new EditActivity(activityId, changes.link(records), expectedVersion, restOfSeries);
    }

    public EditActivity unlink(RecordLink... records) {
        return new EditActivity(activityId, changes.unlink(records), expectedVersion, restOfSeries);
    }

    public EditActivity invite(Attendee... people) {
        return new EditActivity(activityId, changes.invite(people), expectedVersion, restOfSeries);
    }

    public EditActivity uninvite(Attendee... people) {
        return new EditActivity(activityId, changes.uninvite(people), expectedVersion, restOfSeries);
    }

    /** Refuse with a concurrency conflict unless the stored version is still this one. */
    public EditActivity expecting(long version) {
        return new EditActivity(activityId, changes, version, restOfSeries);
    }

    /**
     * Makes the same change to the later planned occurrences of this activity's series (by
     * their original times), as calendars do for "this and following events".
     */
    public EditActivity alsoLaterOccurrences() {
        return new EditActivity(activityId, changes, expectedVersion, true);
    }
}
