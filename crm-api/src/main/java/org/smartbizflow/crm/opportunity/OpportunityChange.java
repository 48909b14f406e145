package org.smartbizflow.crm.opportunity;

import java.util.List;
import org.smartbizflow.crm.shared.FieldChange;

/** The outcome of an edit of an opportunity: applied (possibly changing nothing) or refused. */
public sealed interface OpportunityChange {

    /**
     * The edit is stored.
     *
     * @param changes the fields that changed; empty when nothing did
     */
    record Applied(List<FieldChange> changes) implements OpportunityChange {
        public Applied {
            changes = List.copyOf(changes);
        }
    }

    /**
     * Nothing changed.
     *
     * @param reason why the deal's lifecycle refuses the edit
     */
    record Refused(String reason) implements OpportunityChange {
    }
}
