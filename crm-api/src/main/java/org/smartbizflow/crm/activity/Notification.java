package org.smartbizflow.crm.activity;

import java.time.Instant;
import java.time.ZoneId;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * A message for one user of the host, such as a reminder that a meeting starts soon; the
 * host's {@link org.smartbizflow.crm.activity.port.out.Notifier} decides the channel.
 *
 * @param tenantId   tenant
 * @param recipient  the user to tell
 * @param subject    short title
 * @param text       message text (the start in the activity's local time)
 * @param activityId the activity it is about
 * @param reminderId the reminder that fired, for de-duplication on the host's side
 * @param start      when the activity starts
 * @param zone       the activity's time zone
 */
public record Notification(TenantId tenantId, UserId recipient, String subject, String text, ActivityId activityId,
                           ReminderId reminderId, Instant start, ZoneId zone) {
}
