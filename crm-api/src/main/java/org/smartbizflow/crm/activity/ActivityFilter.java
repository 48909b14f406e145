package org.smartbizflow.crm.activity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.UserId;

/**
 * Which activities a calendar or list query returns. Empty sets and nulls mean "any"; all
 * given criteria must hold.
 *
 * @param users    activities owned by, or attended as a user by, one of these users (a
 *                 user's or a team's calendar)
 * @param owners   activities owned by one of these users, or attended by the viewer (what an
 *                 access policy's visibility narrows a query to)
 * @param link     activities about this record
 * @param types    of one of these types
 * @param statuses in one of these statuses
 * @param from     on the calendar at or after this instant (see {@link ActivityView#onCalendarDuring})
 * @param to       starting before this instant
 * @param seriesId occurrences of this recurring series
 * @param viewer   who looks: others' private activities are left out; null for the host's
 *                 unattended work, which sees them all
 */
public record ActivityFilter(Set<UserId> users, Set<UserId> owners, RecordLink link, Set<ActivityType> types,
                             Set<ActivityStatus> statuses, Instant from, Instant to, ActivityId seriesId,
                             UserId viewer) {

    public ActivityFilter {
        users = users == null ? Set.of() : Set.copyOf(users);
        owners = owners == null ? Set.of() : Set.copyOf(owners);
        types = types == null ? Set.of() : Set.copyOf(types);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        Preconditions.check(from == null || to == null || from.isBefore(to), "to", "must be after from");
    }

    /** Every activity. */
    public static ActivityFilter any() {
        return new ActivityFilter(Set.of(), Set.of(), null, Set.of(), Set.of(), null, null, null, null);
    }

    public ActivityFilter forUsers(Set<UserId> values) {
        return new ActivityFilter(values, owners, link, types, statuses, from, to, seriesId, viewer);
    }

    public ActivityFilter forUsers(UserId... values) {
        return forUsers(Set.copyOf(Arrays.asList(values)));
    }

    public ActivityFilter ownedBy(Set<UserId> values) {
        return new ActivityFilter(users, values, link, types, statuses, from, to, seriesId, viewer);
    }

    public ActivityFilter about(RecordLink record) {
        return new ActivityFilter(users, owners, record, types, statuses, from, to, seriesId, viewer);
    }

    public ActivityFilter ofTypes(ActivityType... values) {
        return new ActivityFilter(users, owners, link, Set.copyOf(Arrays.asList(values)), statuses, from, to,
                seriesId, viewer);
    }

    public ActivityFilter inStatuses(ActivityStatus... values) {
        return new ActivityFilter(users, owners, link, types, Set.copyOf(Arrays.asList(values)), from, to, seriesId,
                viewer);
    }

    public ActivityFilter during(Instant fromInstant, Instant toInstant) {
        return new ActivityFilter(users, owners, link, types, statuses, fromInstant, toInstant, seriesId, viewer);
    }

    public ActivityFilter inSeries(ActivityId series) {
        return new ActivityFilter(users, owners, link, types, statuses, from, to, series, viewer);
    }

    public ActivityFilter seenBy(UserId user) {
        return new ActivityFilter(users, owners, link, types, statuses, from, to, seriesId, user);
    }

    /** Does the activity satisfy every criterion? The in-memory reference for what queries return. */
    public boolean matches(ActivityView activity) {
        if (!users.isEmpty() && users.stream().noneMatch(activity::involves)) {
            return false;
        }
        if (!owners.isEmpty() && !owners.contains(activity.ownerId())
                && (viewer == null || activity.ownerId().equals(viewer) || !activity.involves(viewer))) {
            return false;
        }
        if (link != null && !activity.links().contains(link)) {
            return false;
        }
        if (!types.isEmpty() && !types.contains(activity.type())) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(activity.status())) {
            return false;
        }
        if (from != null || to != null) {
            Instant lower = from != null ? from : Instant.MIN;
            Instant upper = to != null ? to : Instant.MAX;
            if (!activity.onCalendarDuring(lower, upper)) {
                return false;
            }
        }
        if (seriesId != null && !seriesId.equals(activity.seriesId())) {
            return false;
        }
        return viewer == null || activity.visibility() == ActivityVisibility.SHARED
                || activity.ownerId().equals(viewer);
    }
}
