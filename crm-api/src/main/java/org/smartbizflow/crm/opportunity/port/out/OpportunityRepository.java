package org.smartbizflow.crm.opportunity.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartbizflow.crm.opportunity.AmountGroup;
import org.smartbizflow.crm.opportunity.AmountGrouping;
import org.smartbizflow.crm.opportunity.Opportunity;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.OpportunityHistoryEntry;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.OpportunityView;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.Slippage;
import org.smartbizflow.crm.opportunity.StageId;
import org.smartbizflow.crm.opportunity.StageTransition;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Storage of opportunities and their history. Every method is scoped by tenant: a deal of
 * another tenant is never found, listed, counted or changed. Implementations run inside the
 * caller's transaction.
 */
public interface OpportunityRepository {

    Optional<Opportunity> find(TenantId tenantId, OpportunityId id);

    /** Stores a new deal at version 0. */
    void insert(Opportunity opportunity);

    /**
     * Stores the deal's current state if the stored version still equals
     * {@code opportunity.version()}, and advances the stored version by one.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the stored version differs
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such deal is stored
     */
    void update(Opportunity opportunity);

    /**
     * Deals matching the filter in ascending id order, keyset-paged: a page never repeats or
     * skips a row of an earlier page.
     */
    Page<OpportunityView> search(TenantId tenantId, OpportunityFilter filter, PageRequest page);

    /** The number of deals matching the filter. */
    long count(TenantId tenantId, OpportunityFilter filter);

    /** How many deals each stage of the pipeline holds (stages without deals are absent). */
    Map<StageId, Long> countByStage(TenantId tenantId, PipelineId pipelineId);

    /** Appends history entries (ids are new). */
    void appendHistory(List<OpportunityHistoryEntry> entries);

    /** A deal's history, oldest first (ties by id). */
    List<OpportunityHistoryEntry> history(TenantId tenantId, OpportunityId id);

    /**
     * The histories of these deals, for bulk work (one query per batch of deals, not one per
     * deal): grouped by deal, each deal's entries oldest first (ties by id). Deals without
     * history are absent.
     */
    Map<OpportunityId, List<OpportunityHistoryEntry>> histories(TenantId tenantId, Collection<OpportunityId> ids);

    /**
     * The moves between stages of the pipeline recorded in the history, one row per pair of
     * stages, with the time spent in the stage left (an aggregate query over the history).
     */
    List<StageTransition> stageTransitions(TenantId tenantId, PipelineId pipelineId);

    /** How many distinct deals were ever in each stage of the pipeline, from the history. */
    Map<StageId, Long> dealsEntered(TenantId tenantId, PipelineId pipelineId);

    /** Close-date pushes of open deals in the pipeline recorded at or after {@code from} and before {@code before}. */
    Slippage slippage(TenantId tenantId, PipelineId pipelineId, java.time.Instant from, java.time.Instant before);

    /**
     * Deals matching the filter summed per group, currency and (for closed deals) close date,
     * exactly, by the store (an aggregate query: no deal is loaded).
     */
    List<AmountGroup> sumAmounts(TenantId tenantId, OpportunityFilter filter, AmountGrouping grouping);
}
