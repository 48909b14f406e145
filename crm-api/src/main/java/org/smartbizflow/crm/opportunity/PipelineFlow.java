package org.smartbizflow.crm.opportunity;

import java.util.List;

/**
 * How deals move through a pipeline: per stage velocity and conversion, and the full matrix
 * of moves between stages (backward moves included).
 *
 * @param pipelineId  the pipeline
 * @param stages      one row per current stage, in pipeline order
 * @param transitions every observed move between two stages
 */
public record PipelineFlow(PipelineId pipelineId, List<StageFlow> stages, List<StageTransition> transitions) {

    public PipelineFlow {
        stages = List.copyOf(stages);
        transitions = List.copyOf(transitions);
    }
}
