package org.smartbizflow.crm.activity.port.out;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.smartbizflow.crm.activity.CalendarEvent;
import org.smartbizflow.crm.activity.CalendarRead;

/**
 * Exchanges meetings with calendars outside the CRM. The core ships an iCalendar (RFC 5545)
 * implementation on streams; a host may plug in one that talks to a calendar server instead.
 */
public interface CalendarGateway {

    /** Writes the events to the stream (not closed). */
    void write(List<CalendarEvent> events, OutputStream out);

    /** Reads events from the stream (not closed), reporting entries it cannot understand. */
    CalendarRead read(InputStream in);
}
