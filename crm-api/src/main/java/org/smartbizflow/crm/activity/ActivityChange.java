package org.smartbizflow.crm.activity;

import java.util.List;
import org.smartbizflow.crm.shared.FieldChange;

/**
 * What asking an activity to change did: it changed (with the fields that changed), or it
 * refused because its lifecycle forbids the move. A refusal is an answer, not an error.
 */
public sealed interface ActivityChange {

    /**
     * The activity changed.
     *
     * @param changes the fields that changed, old and new values as text
     */
    record Changed(List<FieldChange> changes) implements ActivityChange {
        public Changed {
            changes = List.copyOf(changes);
        }
    }

    /**
     * Nothing changed and why.
     *
     * @param status the activity's status
     * @param reason why the change is not allowed
     */
    record Refused(ActivityStatus status, String reason) implements ActivityChange {
    }
}
