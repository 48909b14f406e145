package org.smartbizflow.crm.contact;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A daily window in the contact's own time zone in which nobody calls or texts them, such as
 * 21:00 to 08:00. A window whose end is before its start runs over midnight.
 *
 * @param from first minute of quiet, inclusive
 * @param to   end of quiet, exclusive
 */
public record QuietHours(LocalTime from, LocalTime to) {

    public QuietHours {
        Preconditions.notNull(from, "quietHours.from");
        Preconditions.notNull(to, "quietHours.to");
        Preconditions.check(!from.equals(to), "quietHours", "must not start and end at the same time");
    }

    public static QuietHours between(String from, String to) {
        return new QuietHours(LocalTime.parse(from), LocalTime.parse(to));
    }

    /** Is it quiet time for someone in this zone (UTC when unknown) at this instant? */
    public boolean contains(Instant at, ZoneId zone) {
        LocalTime local = at.atZone(zone == null ? ZoneOffset.UTC : zone).toLocalTime();
        return from.isBefore(to)
                ? !local.isBefore(from) && local.isBefore(to)
                : !local.isBefore(from) || local.isBefore(to);
    }
}
