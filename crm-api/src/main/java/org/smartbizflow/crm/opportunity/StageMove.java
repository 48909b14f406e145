package org.smartbizflow.crm.opportunity;

import java.util.List;
import java.util.Set;
import org.smartbizflow.crm.shared.FieldChange;

/** The outcome of moving a deal to another stage. */
public sealed interface StageMove {

    /**
     * The deal is in the new stage.
     *
     * @param from    the stage before
     * @param to      the stage now
     * @param changes every field that changed with the move (stage, probability, category, ...)
     */
    record Moved(StageId from, StageId to, List<FieldChange> changes) implements StageMove {
        public Moved {
            changes = List.copyOf(changes);
        }
    }

    /**
     * The deal already was in that stage.
     *
     * @param stage the stage
     */
    record Unchanged(StageId stage) implements StageMove {
    }

    /**
     * The deal stays where it was.
     *
     * @param reason  why
     * @param missing the entry requirements of the target stage the deal does not meet
     */
    record Refused(String reason, Set<OpportunityField> missing) implements StageMove {
        public Refused {
            missing = Set.copyOf(missing);
        }
    }
}
