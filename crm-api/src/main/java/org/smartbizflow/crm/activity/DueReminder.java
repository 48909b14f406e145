package org.smartbizflow.crm.activity;

import java.time.Instant;
import java.time.ZoneId;
import org.smartbizflow.crm.shared.UserId;

/**
 * A reminder whose time has come and that has not fired yet: what a host scheduler polls.
 *
 * @param reminderId  acknowledge this to fire it
 * @param activityId  the activity
 * @param type        its type
 * @param ownerId     who is reminded
 * @param subject     the activity's subject
 * @param start       when the activity starts (a task: is due)
 * @param zone        the activity's time zone, to show the start in local time
 * @param fireAt      when the reminder became due
 */
public record DueReminder(ReminderId reminderId, ActivityId activityId, ActivityType type, UserId ownerId,
                          String subject, Instant start, ZoneId zone, Instant fireAt) {
}
