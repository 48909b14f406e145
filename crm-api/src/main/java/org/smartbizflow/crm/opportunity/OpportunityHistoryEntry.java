package org.smartbizflow.crm.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Percentage;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * The tracked fields of a deal (stage, amount, close date, probability) after a change of any
 * of them, with who changed them and when. A deal's entries in time order are its stage
 * history; velocity, slippage and conversion are derived from them.
 *
 * @param id                identity of the entry
 * @param tenantId          tenant
 * @param opportunityId     the deal
 * @param pipelineId        its pipeline
 * @param stageId           its stage after the change
 * @param stageType         the type of that stage
 * @param amount            its amount after the change, or null
 * @param expectedCloseDate its close date after the change
 * @param probability       its probability after the change
 * @param changedBy         who changed it
 * @param changedAt         when
 */
public record OpportunityHistoryEntry(UUID id, TenantId tenantId, OpportunityId opportunityId, PipelineId pipelineId,
                                      StageId stageId, StageType stageType, Money amount, LocalDate expectedCloseDate,
                                      Percentage probability, UserId changedBy, Instant changedAt) {

    public OpportunityHistoryEntry {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(opportunityId, "opportunityId");
        Preconditions.notNull(pipelineId, "pipelineId");
        Preconditions.notNull(stageId, "stageId");
        Preconditions.notNull(stageType, "stageType");
        Preconditions.notNull(expectedCloseDate, "expectedCloseDate");
        Preconditions.notNull(probability, "probability");
        Preconditions.notNull(changedBy, "changedBy");
        Preconditions.notNull(changedAt, "changedAt");
    }

    /** The entry for a deal's current state. */
    public static OpportunityHistoryEntry of(UUID id, OpportunityView deal, UserId changedBy, Instant changedAt) {
        return new OpportunityHistoryEntry(id, deal.tenantId(), deal.id(), deal.pipelineId(), deal.stageId(),
                deal.stageType(), deal.amount(), deal.expectedCloseDate(), deal.probability(), changedBy, changedAt);
    }

    /** Whether a change from {@code before} to {@code after} touches a tracked field. */
    public static boolean tracks(OpportunityView before, OpportunityView after) {
        return before == null || !before.stageId().equals(after.stageId())
                || !java.util.Objects.equals(before.amount(), after.amount())
                || !before.expectedCloseDate().equals(after.expectedCloseDate())
                || before.probability().compareTo(after.probability()) != 0;
    }
}
