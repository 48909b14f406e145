package org.smartbizflow.crm.activity.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.activity.ActivityFilter;
import org.smartbizflow.crm.shared.PageRequest;

/**
 * A page of activities matching a filter, by start time.
 *
 * @param filter criteria (a calendar: users or a record, and a time range)
 * @param page   which page
 */
public record ListActivities(@NotNull ActivityFilter filter, @NotNull PageRequest page) {

    public static ListActivities firstPage(ActivityFilter filter) {
        return new ListActivities(filter, PageRequest.firstPage());
    }
}
