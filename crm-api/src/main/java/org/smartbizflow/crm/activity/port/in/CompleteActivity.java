package org.smartbizflow.crm.activity.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityView;

/**
 * Complete a planned activity.
 *
 * @param activityId      the activity
 * @param outcome         what came of it (e.g. "no answer"), optional; follow-up rules match it
 * @param expectedVersion the version the caller saw, or null to skip that check
 */
public record CompleteActivity(@NotNull ActivityId activityId, @Size(max = ActivityView.OUTCOME_MAX) String outcome,
                               @PositiveOrZero Long expectedVersion) {

    public static CompleteActivity of(ActivityId activityId, String outcome) {
        return new CompleteActivity(activityId, outcome, null);
    }
}
