package org.smartbizflow.crm.opportunity;

import java.util.List;
import java.util.Map;

/** The outcome of editing a pipeline's stages: applied (with where deals go) or refused. */
public sealed interface PipelineChange {

    /**
     * The new stages are in place.
     *
     * @param moves for each removed stage that held deals, the stage they move to
     * @param removed the stages that no longer exist
     */
    record Applied(Map<StageId, StageId> moves, List<StageId> removed) implements PipelineChange {
        public Applied {
            moves = Map.copyOf(moves);
            removed = List.copyOf(removed);
        }
    }

    /**
     * Nothing changed, because the edit would orphan deals or break the pipeline.
     *
     * @param reason why
     * @param unmapped removed stages that hold deals but have no target stage
     */
    record Refused(String reason, List<StageId> unmapped) implements PipelineChange {
        public Refused {
            unmapped = List.copyOf(unmapped);
        }
    }
}
