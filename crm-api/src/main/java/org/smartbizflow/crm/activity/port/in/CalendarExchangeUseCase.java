package org.smartbizflow.crm.activity.port.in;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import org.smartbizflow.crm.activity.ActivityFilter;
import org.smartbizflow.crm.activity.RecordLink;

/**
 * Meetings in and out through the calendar gateway (iCalendar files by default). A recurring
 * series leaves as one event with its rule and exception days; cancelled occurrences become
 * exception days.
 */
public interface CalendarExchangeUseCase {

    /**
     * Writes the meetings matching the filter that the actor may see.
     *
     * @return how many events were written
     */
    long exportCalendar(ActivityFilter filter, OutputStream out);

    /**
     * Creates a planned meeting (a recurring series for an event with a rule) per event read,
     * owned by the actor and linked to the given records. Events already imported (same UID
     * as a meeting's id or as an earlier import) are not duplicated: a meeting the CRM
     * exported takes what the calendar changed (times, text, place, attendees, cancellations
     * of a single meeting or of a series' planned occurrences; not a changed rule), through the
     * edit, reschedule and cancel use cases; a single meeting already held or cancelled stays,
     * and a change to it is reported.
     */
    CalendarImportReport importCalendar(InputStream in, Set<RecordLink> links);
}
