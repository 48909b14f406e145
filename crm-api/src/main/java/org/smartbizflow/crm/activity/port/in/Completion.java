package org.smartbizflow.crm.activity.port.in;

import java.util.Optional;
import org.smartbizflow.crm.activity.ActivityId;

/** What completing an activity did. */
public sealed interface Completion {

    /**
     * Completed.
     *
     * @param activityId the activity
     * @param followUp   the next activity a follow-up rule planned, or null
     */
    record Completed(ActivityId activityId, ActivityId followUp) implements Completion {
        public Optional<ActivityId> nextActivity() {
            return Optional.ofNullable(followUp);
        }
    }

    /**
     * Not completed: it is completed or cancelled already.
     *
     * @param reason why
     */
    record Refused(String reason) implements Completion {
    }
}
