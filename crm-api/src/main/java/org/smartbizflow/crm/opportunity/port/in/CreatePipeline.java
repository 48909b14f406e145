package org.smartbizflow.crm.opportunity.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.smartbizflow.crm.opportunity.PipelineView;

/**
 * Create a pipeline.
 *
 * @param name   display name
 * @param stages the stages in order (at least one open, one won and one lost)
 */
public record CreatePipeline(@NotBlank @Size(max = PipelineView.NAME_MAX) String name,
                             @NotNull @NotEmpty @Size(max = 50) List<StageDefinition> stages) {

    public CreatePipeline {
        stages = stages == null ? null : List.copyOf(stages);
    }
}
