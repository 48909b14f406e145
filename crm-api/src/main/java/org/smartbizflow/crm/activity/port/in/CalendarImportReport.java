package org.smartbizflow.crm.activity.port.in;

import java.util.List;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.CalendarRejection;

/**
 * What an iCalendar import did, event by event.
 *
 * @param stored   the activities created (a recurring event: its first occurrence)
 * @param rejected events not stored, with line and reason
 */
public record CalendarImportReport(List<ActivityId> stored, List<CalendarRejection> rejected) {

    public CalendarImportReport {
        stored = List.copyOf(stored);
        rejected = List.copyOf(rejected);
    }
}
