package org.smartbizflow.crm.activity;

/**
 * A calendar entry that could not be read or stored, with where and why, so an import reports
 * every bad event instead of failing on the first.
 *
 * @param line   the line its VEVENT (or the bad line) starts on, 1-based; 0 when unknown
 * @param uid    the event's UID, or null when not read
 * @param reason what is wrong
 */
public record CalendarRejection(int line, String uid, String reason) {
}
