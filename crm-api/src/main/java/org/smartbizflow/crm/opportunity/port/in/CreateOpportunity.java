package org.smartbizflow.crm.opportunity.port.in;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.smartbizflow.crm.opportunity.OpportunityDetails;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.StageId;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.Money;

/**
 * Create a deal.
 *
 * @param details    its fields; a null owner makes the acting user the owner
 * @param pipelineId its pipeline, or null for the tenant's default pipeline
 * @param stageId    its first stage, or null for the pipeline's first open stage
 */
public record CreateOpportunity(@NotNull OpportunityDetails details, PipelineId pipelineId, StageId stageId) {

    /** A deal with a name, amount and close date in the default pipeline's first stage. */
    public static CreateOpportunity of(String name, Money amount, LocalDate expectedCloseDate) {
        return new CreateOpportunity(new OpportunityDetails(name, null, null, null, null, null, amount,
                expectedCloseDate, null, List.of(), List.of(), CustomFields.none()), null, null);
    }

    public CreateOpportunity in(PipelineId pipeline, StageId stage) {
        return new CreateOpportunity(details, pipeline, stage);
    }

    public CreateOpportunity with(OpportunityDetails newDetails) {
        return new CreateOpportunity(newDetails, pipelineId, stageId);
    }
}
