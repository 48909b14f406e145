package org.smartbizflow.crm.core.opportunity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.opportunity.Opportunity;
import org.smartbizflow.crm.opportunity.OpportunityChange;
import org.smartbizflow.crm.opportunity.OpportunityDetails;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.OpportunityHistoryEntry;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.OpportunityView;
import org.smartbizflow.crm.opportunity.Pipeline;
import org.smartbizflow.crm.opportunity.PipelineView;
import org.smartbizflow.crm.opportunity.ProbabilitySource;
import org.smartbizflow.crm.opportunity.Stage;
import org.smartbizflow.crm.opportunity.StageMove;
import org.smartbizflow.crm.opportunity.port.in.ChangeForecastCategory;
import org.smartbizflow.crm.opportunity.port.in.CreateOpportunity;
import org.smartbizflow.crm.opportunity.port.in.ListOpportunities;
import org.smartbizflow.crm.opportunity.port.in.MoveOpportunity;
import org.smartbizflow.crm.opportunity.port.in.Opportunities;
import org.smartbizflow.crm.opportunity.port.in.OverrideProbability;
import org.smartbizflow.crm.opportunity.port.in.UpdateOpportunity;
import org.smartbizflow.crm.opportunity.port.out.OpportunityRepository;
import org.smartbizflow.crm.opportunity.port.out.PipelineRepository;
import org.smartbizflow.crm.scoring.DealFeatures;
import org.smartbizflow.crm.scoring.port.out.WinProbabilityModel;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.Visibility;

/** The opportunity use cases for one tenant and actor. */
final class OpportunityService implements Opportunities {

    static final String RECORD_TYPE = "Opportunity";

    private final CoreRuntime runtime;
    private final CallContext context;
    private final OpportunityRepository deals;
    private final PipelineRepository pipelines;

    OpportunityService(CoreRuntime runtime, CallContext context) {
        this.runtime = runtime;
        this.context = context;
        this.deals = runtime.persistence().opportunities();
        this.pipelines = runtime.persistence().pipelines();
    }

    @Override
    public OpportunityId create(CreateOpportunity command) {
        runtime.validate(command);
        OpportunityDetails details = command.details();
        UserId owner = details.ownerId() != null ? details.ownerId() : context.actor().userId();
        if (details.ownerId() == null) {
            details = details.withOwner(owner, details.team(), details.territory());
        }
        runtime.requireAccess(context, Action.CREATE, new RecordAccess(RECORD_TYPE, null, owner));
        OpportunityDetails resolved = details;
        return runtime.transactions().inTransaction(() -> {
            PipelineView pipeline = command.pipelineId() == null
                    ? new PipelineService(runtime, context).defaultPipeline()
                    : pipeline(command.pipelineId());
            Instant now = runtime.clock().instant();
            Opportunity deal = Opportunity.create(OpportunityId.of(runtime.ids().next()), context.tenantId(), pipeline,
                    command.stageId(), resolved, null, context.actor().userId(), now, today(now));
            deals.insert(deal);
            List<FieldChange> created = Opportunity.changes(blank(deal.view()), deal.view());
            runtime.audit(audit(deal.id(), created));
            runtime.recordEvents(deal.pullEvents());
            deals.appendHistory(List.of(OpportunityHistoryEntry.of(runtime.ids().next(), deal.view(),
                    context.actor().userId(), now)));
            applyModel(deal.id(), pipeline, now);
            return deal.id();
        });
    }

    /** A state that differs from the deal in every set field, so that creation audits each of them. */
    private static OpportunityView blank(OpportunityView deal) {
        return new OpportunityView(deal.id(), deal.tenantId(), deal.pipelineId(), deal.stageId(), deal.stageType(),
                deal.name(), null, null, deal.ownerId(), null, null, null, deal.expectedCloseDate(),
                deal.probability(), deal.probabilitySource(), deal.forecastCategory(), null, List.of(), List.of(),
                null, null, deal.closedOn(), 0, deal.createdAt(), deal.updatedAt());
    }

    @Override
    public OpportunityView get(OpportunityId id) {
        OpportunityView deal = runtime.transactions().inTransaction(() -> load(id).view());
        runtime.requireAccess(context, Action.READ, access(deal));
        return deal;
    }

    @Override
    public List<OpportunityHistoryEntry> history(OpportunityId id) {
        get(id);
        return runtime.transactions().inTransaction(() -> deals.history(context.tenantId(), id));
    }

    @Override
    public OpportunityChange update(UpdateOpportunity command) {
        runtime.validate(command);
        return change(command.opportunityId(), command.expectedVersion(), (deal, now) -> {
            PipelineView pipeline = pipeline(deal.view().pipelineId());
            OpportunityDetails details = command.details();
            if (details.ownerId() == null) {
                details = details.withOwner(deal.view().ownerId(), details.team(), details.territory());
            }
            if (!details.ownerId().equals(deal.view().ownerId())) {
                runtime.requireAccess(context, Action.ASSIGN, access(deal.view()));
            }
            return deal.updateDetails(details, pipeline, context.actor().userId(), now);
        });
    }

    @Override
    public StageMove move(MoveOpportunity command) {
        runtime.validate(command);
        return runtime.transactions().inTransaction(() -> {
            Opportunity deal = load(command.opportunityId());
            runtime.requireAccess(context, Action.UPDATE, access(deal.view()));
            checkVersion(deal, command.expectedVersion());
            PipelineView pipeline = pipeline(deal.view().pipelineId());
            OpportunityView before = deal.view();
            Instant now = runtime.clock().instant();
            StageMove result = deal.moveTo(pipeline, command.stageId(), command.lostReason(), context.actor().userId(),
                    now, today(now));
            if (result instanceof StageMove.Moved moved) {
                store(before, deal, moved.changes(), now);
                applyModel(deal.id(), pipeline, now);
            }
            return result;
        });
    }

    @Override
    public OpportunityChange overrideProbability(OverrideProbability command) {
        runtime.validate(command);
        OpportunityChange result = change(command.opportunityId(), null, (deal, now) -> deal.overrideProbability(
                command.probability(), pipeline(deal.view().pipelineId()), context.actor().userId(), now));
        if (command.probability() == null && result instanceof OpportunityChange.Applied) {
            runtime.transactions().inTransaction(() -> {
                OpportunityView deal = load(command.opportunityId()).view();
                applyModel(deal.id(), pipeline(deal.pipelineId()), runtime.clock().instant());
                return null;
            });
        }
        return result;
    }

    @Override
    public OpportunityChange changeForecastCategory(ChangeForecastCategory command) {
        runtime.validate(command);
        return change(command.opportunityId(), null, (deal, now) -> deal.changeForecastCategory(command.category(),
                context.actor().userId(), now));
    }

    @Override
    public Page<OpportunityView> list(ListOpportunities query) {
        runtime.validate(query);
        OpportunityFilter visible = restrictToVisible(query.filter());
        if (visible == null) {
            return Page.last(List.of());
        }
        return runtime.transactions().inTransaction(() -> deals.search(context.tenantId(), visible, query.page()));
    }

    @Override
    public long count(ListOpportunities query) {
        runtime.validate(query);
        OpportunityFilter visible = restrictToVisible(query.filter());
        if (visible == null) {
            return 0;
        }
        return runtime.transactions().inTransaction(() -> deals.count(context.tenantId(), visible));
    }

    /** An edit of one deal: load, check access and version, apply, store with audit, history and events. */
    private OpportunityChange change(OpportunityId id, Long expectedVersion,
                                     java.util.function.BiFunction<Opportunity, Instant, OpportunityChange> edit) {
        return runtime.transactions().inTransaction(() -> {
            Opportunity deal = load(id);
            runtime.requireAccess(context, Action.UPDATE, access(deal.view()));
            checkVersion(deal, expectedVersion);
            OpportunityView before = deal.view();
            Instant now = runtime.clock().instant();
            OpportunityChange result = edit.apply(deal, now);
            if (result instanceof OpportunityChange.Applied applied && !applied.changes().isEmpty()) {
                store(before, deal, applied.changes(), now);
                if (OpportunityHistoryEntry.tracks(before, deal.view())) {
                    applyModel(deal.id(), pipeline(deal.view().pipelineId()), now);
                }
            }
            return result;
        });
    }

    /** Stores a changed deal with its audit entries, a history entry when a tracked field changed, and its events. */
    void store(OpportunityView before, Opportunity deal, List<FieldChange> changes, Instant now) {
        deals.update(deal);
        runtime.audit(audit(deal.id(), changes));
        if (OpportunityHistoryEntry.tracks(before, deal.view())) {
            deals.appendHistory(List.of(OpportunityHistoryEntry.of(runtime.ids().next(), deal.view(),
                    context.actor().userId(), now)));
        }
        runtime.recordEvents(deal.pullEvents());
    }

    /**
     * Asks the configured win-probability model for an open deal whose probability is not
     * overridden, and stores the estimate; without a model the stage default stays.
     */
    private void applyModel(OpportunityId id, PipelineView pipeline, Instant now) {
        WinProbabilityModel model = runtime.dealPorts().winProbability();
        if (model == null) {
            return;
        }
        Opportunity deal = load(id);
        OpportunityView view = deal.view();
        if (!view.isOpen() || view.probabilitySource() == ProbabilitySource.OVERRIDE) {
            return;
        }
        DealFeatures features = features(view, pipeline, deals.history(context.tenantId(), id), now);
        OpportunityChange change = deal.applyModelProbability(model.winProbability(features).asPercentage(),
                context.actor().userId(), now);
        if (change instanceof OpportunityChange.Applied applied && !applied.changes().isEmpty()) {
            store(view, deal, applied.changes(), now);
        }
    }

    /** What the model sees: stage, age, amount, time in stage and the moves and slips from the history. */
    static DealFeatures features(OpportunityView deal, PipelineView pipeline, List<OpportunityHistoryEntry> history,
                                 Instant now) {
        String stage = pipeline.stage(deal.stageId()).map(Stage::name).orElse(deal.stageId().toString());
        int age = (int) Math.max(0, Duration.between(deal.createdAt(), now).toDays());
        Instant enteredStage = deal.createdAt();
        int stageChanges = 0;
        int backward = 0;
        int pushes = 0;
        OpportunityHistoryEntry previous = null;
        for (OpportunityHistoryEntry entry : history) {
            if (previous != null) {
                if (!previous.stageId().equals(entry.stageId())) {
                    stageChanges++;
                    enteredStage = entry.changedAt();
                    if (pipeline.indexOf(entry.stageId()) < pipeline.indexOf(previous.stageId())) {
                        backward++;
                    }
                }
                if (entry.expectedCloseDate().isAfter(previous.expectedCloseDate())) {
                    pushes++;
                }
            }
            previous = entry;
        }
        int inStage = (int) Math.min(age, Math.max(0, Duration.between(enteredStage, now).toDays()));
        double amount = deal.amount() == null ? 0.0 : deal.amount().amount().doubleValue();
        return new DealFeatures(stage, age, amount, inStage, 0, 0, stageChanges, backward, pushes);
    }

    private List<AuditEntry> audit(OpportunityId id, List<FieldChange> changes) {
        List<AuditEntry> entries = new ArrayList<>();
        for (FieldChange change : changes) {
            entries.add(runtime.auditEntry(context, RECORD_TYPE, id, change.field(), change.oldValue(),
                    change.newValue()));
        }
        return entries;
    }

    private void checkVersion(Opportunity deal, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != deal.version()) {
            throw new ConcurrencyConflictException(RECORD_TYPE, deal.id(), expectedVersion);
        }
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, runtime.clock().getZone());
    }

    private PipelineView pipeline(org.smartbizflow.crm.opportunity.PipelineId id) {
        return pipelines.find(context.tenantId(), id).map(Pipeline::view)
                .orElseThrow(() -> new NotFoundException(PipelineService.RECORD_TYPE, id));
    }

    private Opportunity load(OpportunityId id) {
        return deals.find(context.tenantId(), id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    }

    /** The filter narrowed to what the actor may see, or null when nothing can match. */
    OpportunityFilter restrictToVisible(OpportunityFilter filter) {
        Visibility visibility = runtime.accessPolicy().visibility(context.actor(), RECORD_TYPE);
        if (visibility instanceof Visibility.OwnedBy ownedBy) {
            Set<UserId> owners = new HashSet<>(ownedBy.owners());
            if (!filter.owners().isEmpty()) {
                owners.retainAll(filter.owners());
            }
            return owners.isEmpty() ? null : filter.withOwners(owners);
        }
        return filter;
    }

    static RecordAccess access(OpportunityView deal) {
        return new RecordAccess(RECORD_TYPE, deal.id().toString(), deal.ownerId());
    }
}
