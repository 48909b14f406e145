package org.smartbizflow.crm.lead.nurture;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * When a sequence's business hours are: the working days and the daily opening hours in one
 * time zone. Waits in business hours count only time inside them.
 *
 * @param zone     the zone the hours are in
 * @param opens    daily opening time
 * @param closes   daily closing time, after {@code opens}
 * @param workdays the working days, at least one
 */
public record BusinessCalendar(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> workdays) {

    public BusinessCalendar {
        Preconditions.notNull(zone, "calendar.zone");
        Preconditions.notNull(opens, "calendar.opens");
        Preconditions.notNull(closes, "calendar.closes");
        Preconditions.check(opens.isBefore(closes), "calendar.closes", "must be after calendar.opens");
        Preconditions.notNull(workdays, "calendar.workdays");
        Preconditions.check(!workdays.isEmpty(), "calendar.workdays", "needs at least one working day");
        workdays = Set.copyOf(EnumSet.copyOf(workdays));
    }

    /** Monday to Friday, 09:00 to 17:00, in the zone given. */
    public static BusinessCalendar weekdays(ZoneId zone) {
        return new BusinessCalendar(zone, LocalTime.of(9, 0), LocalTime.of(17, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    /** The instant {@code hours} business hours after {@code start}. */
    public Instant plusBusinessHours(Instant start, int hours) {
        Preconditions.notNull(start, "start");
        Preconditions.check(hours >= 0, "hours", "must not be negative");
        long remaining = Duration.ofHours(hours).toSeconds();
        ZonedDateTime t = start.atZone(zone);
        while (true) {
            if (!workdays.contains(t.getDayOfWeek()) || !t.toLocalTime().isBefore(closes)) {
                t = nextOpening(t);
                continue;
            }
            if (t.toLocalTime().isBefore(opens)) {
                t = t.with(opens);
            }
            long available = Duration.between(t, t.with(closes)).toSeconds();
            if (remaining <= available) {
                return t.plusSeconds(remaining).toInstant();
            }
            remaining -= available;
            t = nextOpening(t);
        }
    }

    private ZonedDateTime nextOpening(ZonedDateTime t) {
        ZonedDateTime next = t.toLocalDate().plusDays(1).atTime(opens).atZone(zone);
        while (!workdays.contains(next.getDayOfWeek())) {
            next = next.toLocalDate().plusDays(1).atTime(opens).atZone(zone);
        }
        return next;
    }
}
