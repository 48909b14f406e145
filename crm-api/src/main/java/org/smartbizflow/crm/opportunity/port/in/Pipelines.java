package org.smartbizflow.crm.opportunity.port.in;

import java.util.List;
import org.smartbizflow.crm.opportunity.PipelineChange;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.PipelineView;

/** Pipeline configuration, bound to one tenant and actor by a CRM session. */
public interface Pipelines {

    /**
     * @return the new pipeline's id
     * @throws org.smartbizflow.crm.shared.ValidationException naming every invalid field
     */
    PipelineId create(CreatePipeline command);

    /** @throws org.smartbizflow.crm.shared.NotFoundException when the tenant has no such pipeline */
    PipelineView get(PipelineId id);

    /** The tenant's pipelines, the default first. */
    List<PipelineView> list();

    /** The tenant's default pipeline, created with the standard stages the first time it is asked for. */
    PipelineView defaultPipeline();

    /** Edits the stages, moving the deals of removed stages as mapped, or refuses without changing anything. */
    PipelineChange editStages(EditPipelineStages command);
}
