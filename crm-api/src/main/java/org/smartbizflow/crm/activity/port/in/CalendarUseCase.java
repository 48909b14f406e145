package org.smartbizflow.crm.activity.port.in;

import java.time.Instant;
import java.util.List;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.UserId;

/**
 * Calendars: what is on a user's, a team's (its members') or a record's calendar in a time
 * range, and which meetings a user already has at a time.
 */
public interface CalendarUseCase {

    /** Activities the actor may see, by start time, keyset-paged. */
    Page<ActivityView> list(ListActivities query);

    /**
     * The planned meetings of the user (as owner or attendee) that overlap {@code [start, end)},
     * leaving out {@code except} (the meeting being moved), by start.
     */
    List<ActivityView> conflicts(UserId user, Instant start, Instant end, ActivityId except);
}
