package org.smartbizflow.crm.activity.port.in;

import java.util.List;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.CalendarRejection;

/**
 * What an iCalendar import did, event by event.
 *
 * @param stored   the activities created (a recurring event: its first occurrence)
 * @param updated  the meetings the CRM had exported that took a changed copy's time, text,
 *                 place, attendees or cancellation (a series: its first occurrence)
 * @param rejected events, or changes to them, not applied, with line and reason
 */
public record CalendarImportReport(List<ActivityId> stored, List<ActivityId> updated,
                                   List<CalendarRejection> rejected) {

    public CalendarImportReport {
        stored = List.copyOf(stored);
        updated = List.copyOf(updated);
        rejected = List.copyOf(rejected);
    }

    /** A report of an import that updated nothing. */
    public CalendarImportReport(List<ActivityId> stored, List<CalendarRejection> rejected) {
        this(stored, List.of(), rejected);
    }
}
