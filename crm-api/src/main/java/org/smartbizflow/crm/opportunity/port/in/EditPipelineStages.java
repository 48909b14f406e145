package org.smartbizflow.crm.opportunity.port.in;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.StageMapping;

/**
 * Replace a pipeline's stages: add, rename, reorder, reconfigure or remove. Deals of a
 * removed stage move to the stage its mapping names (an existing stage that stays); a removed
 * stage holding deals without a mapping refuses the whole edit.
 *
 * @param pipelineId      the pipeline
 * @param stages          the stages after the edit, in order
 * @param mappings        where the deals of removed stages go
 * @param expectedVersion the version the caller saw, or null not to check
 */
public record EditPipelineStages(@NotNull PipelineId pipelineId,
                                 @NotNull @NotEmpty @Size(max = 50) List<StageDefinition> stages,
                                 @NotNull List<StageMapping> mappings, Long expectedVersion) {

    public EditPipelineStages {
        stages = stages == null ? null : List.copyOf(stages);
        mappings = mappings == null ? null : List.copyOf(mappings);
    }
}
