package org.smartbizflow.crm.opportunity;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * Where the deals of a removed stage go when a pipeline is edited.
 *
 * @param from the removed stage
 * @param to   a stage of the edited pipeline
 */
public record StageMapping(StageId from, StageId to) {

    public StageMapping {
        Preconditions.notNull(from, "mapping.from");
        Preconditions.notNull(to, "mapping.to");
        Preconditions.check(!from.equals(to), "mapping.to", "must differ from the removed stage");
    }
}
