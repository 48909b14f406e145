package org.smartbizflow.crm.activity.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.smartbizflow.crm.activity.ActivityId;

/**
 * Cancel a planned activity.
 *
 * @param activityId      the activity
 * @param restOfSeries    also cancel the later planned occurrences of its series
 * @param expectedVersion the version the caller saw, or null to skip that check
 */
public record CancelActivity(@NotNull ActivityId activityId, boolean restOfSeries,
                             @PositiveOrZero Long expectedVersion) {

    public static CancelActivity of(ActivityId activityId) {
        return new CancelActivity(activityId, false, null);
    }

    public static CancelActivity withRestOfSeries(ActivityId activityId) {
        return new CancelActivity(activityId, true, null);
    }
}
