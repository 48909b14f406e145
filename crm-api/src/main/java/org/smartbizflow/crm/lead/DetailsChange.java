package org.smartbizflow.crm.lead;

import java.util.List;
import org.smartbizflow.crm.shared.FieldChange;

/** The outcome of correcting a lead's details. */
public sealed interface DetailsChange {

    /**
     * The details were applied; lists the fields that actually changed (possibly none).
     *
     * @param changes the changed fields
     */
    record Applied(List<FieldChange> changes) implements DetailsChange {
        public Applied {
            changes = List.copyOf(changes);
        }
    }

    /**
     * The lead may no longer be changed.
     *
     * @param reason why
     */
    record Refused(String reason) implements DetailsChange {
    }
}
