package org.smartbizflow.crm.activity;

import java.util.List;

/**
 * What a calendar gateway read: the events it understood and the entries it could not.
 *
 * @param events   understood events, in file order
 * @param rejected entries left out, with the reason
 */
public record CalendarRead(List<CalendarEvent> events, List<CalendarRejection> rejected) {

    public CalendarRead {
        events = List.copyOf(events);
        rejected = List.copyOf(rejected);
    }
}
