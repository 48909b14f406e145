package org.smartbizflow.crm.core.opportunity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import org.smartbizflow.crm.opportunity.PipelineBoard;
import org.smartbizflow.crm.opportunity.PipelineFlow;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.PipelineSummary;
import org.smartbizflow.crm.opportunity.PipelineView;
import org.smartbizflow.crm.opportunity.ProbabilityRefresh;
import org.smartbizflow.crm.opportunity.ProbabilitySource;
import org.smartbizflow.crm.opportunity.Slippage;
import org.smartbizflow.crm.opportunity.Stage;
import org.smartbizflow.crm.opportunity.StageMove;
import org.smartbizflow.crm.opportunity.StageType;
import org.smartbizflow.crm.opportunity.port.in.ChangeForecastCategory;
import org.smartbizflow.crm.opportunity.port.in.CreateOpportunity;
import org.smartbizflow.crm.opportunity.port.in.ListOpportunities;
import org.smartbizflow.crm.opportunity.port.in.MoveOpportunity;
import org.smartbizflow.crm.opportunity.port.in.MoveToPipeline;
import org.smartbizflow.crm.opportunity.port.in.Opportunities;
import org.smartbizflow.crm.opportunity.port.in.OverrideProbability;
import org.smartbizflow.crm.opportunity.port.in.ShowBoard;
import org.smartbizflow.crm.opportunity.port.in.SummarizePipeline;
import org.smartbizflow.crm.opportunity.port.in.UpdateOpportunity;
import org.smartbizflow.crm.opportunity.port.out.OpportunityRepository;
import org.smartbizflow.crm.opportunity.port.out.PipelineRepository;
import org.smartbizflow.crm.scoring.DealFeatures;
import org.smartbizflow.crm.scoring.port.out.WinProbabilityModel;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
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
            applyModel(deal.id(), now);
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
                applyModel(deal.id(), now);
            }
            return result;
        });
    }

    @Override
    public StageMove moveToPipeline(MoveToPipeline command) {
        runtime.validate(command);
        return runtime.transactions().inTransaction(() -> {
            Opportunity deal = load(command.opportunityId());
            runtime.requireAccess(context, Action.UPDATE, access(deal.view()));
            checkVersion(deal, command.expectedVersion());
            PipelineView target = pipeline(command.pipelineId());
            OpportunityView before = deal.view();
            Instant now = runtime.clock().instant();
            StageMove result = deal.moveToPipeline(target, command.stageId(), context.actor().userId(), now);
            if (result instanceof StageMove.Moved moved) {
                store(before, deal, moved.changes(), now);
                applyModel(deal.id(), now);
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
                applyModel(deal.id(), runtime.clock().instant());
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
                    applyModel(deal.id(), now);
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
            Instant entered = before.stageId().equals(deal.view().stageId()) ? now : enteredStageAt(before);
            deals.appendHistory(List.of(OpportunityHistoryEntry.of(runtime.ids().next(), before, entered, deal.view(),
                    context.actor().userId(), now)));
        }
        runtime.recordEvents(deal.pullEvents());
    }

    /** When the deal entered its current stage: its last stage change, or its creation. */
    private Instant enteredStageAt(OpportunityView deal) {
        Instant entered = deal.createdAt();
        for (OpportunityHistoryEntry entry : deals.history(context.tenantId(), deal.id())) {
            if (entry.previousStageId() != null) {
                entered = entry.changedAt();
            }
        }
        return entered;
    }

    @Override
    public ProbabilityRefresh refreshWinProbabilities(OpportunityFilter filter) {
        Preconditions.notNull(filter, "filter");
        if (runtime.dealPorts().winProbability() == null) {
            throw new IllegalStateException("no win-probability model is configured: build the CRM with"
                    + " .winProbabilityModel(..), e.g. a PredictiveWinProbabilityModel from crm-scoring");
        }
        OpportunityFilter visible = restrictToVisible(filter.ofTypes(StageType.OPEN));
        long examined = 0;
        List<OpportunityId> changed = new ArrayList<>();
        List<OpportunityId> denied = new ArrayList<>();
        List<OpportunityId> conflicted = new ArrayList<>();
        if (visible == null) {
            return new ProbabilityRefresh(0, changed, denied, conflicted);
        }
        PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            PageRequest current = page;
            Page<OpportunityView> found = runtime.transactions().inTransaction(
                    () -> deals.search(context.tenantId(), visible, current));
            List<OpportunityView> candidates = new ArrayList<>();
            for (OpportunityView deal : found.items()) {
                if (deal.probabilitySource() == ProbabilitySource.OVERRIDE) {
                    continue;
                }
                if (runtime.accessPolicy().permits(context.actor(), Action.UPDATE, access(deal))) {
                    candidates.add(deal);
                } else {
                    denied.add(deal.id());
                }
            }
            refreshPage(candidates, changed, conflicted);
            examined += candidates.size();
            if (found.nextCursor().isEmpty()) {
                return new ProbabilityRefresh(examined, changed, denied, conflicted);
            }
            page = page.next(found.nextCursor().get());
        }
    }

    /**
     * Writes the page's estimates in one transaction. A deal changed by someone else since the
     * page was read fails that transaction; the page is then written again deal by deal from
     * the same reading, so the changed deal fails alone and keeps the other change.
     */
    private void refreshPage(List<OpportunityView> candidates, List<OpportunityId> changed,
                             List<OpportunityId> conflicted) {
        try {
            changed.addAll(runtime.transactions().inTransaction(
                    () -> applyModel(candidates, runtime.clock().instant())));
        } catch (ConcurrencyConflictException pageConflict) {
            for (OpportunityView deal : candidates) {
                try {
                    changed.addAll(runtime.transactions().inTransaction(
                            () -> applyModel(List.of(deal), runtime.clock().instant())));
                } catch (ConcurrencyConflictException dealConflict) {
                    conflicted.add(deal.id());
                }
            }
        }
    }

    @Override
    public PipelineBoard board(ShowBoard query) {
        runtime.validate(query);
        return analytics().board(query);
    }

    @Override
    public PipelineSummary summary(SummarizePipeline query) {
        runtime.validate(query);
        return analytics().summary(query);
    }

    @Override
    public PipelineFlow flow(PipelineId pipelineId) {
        return analytics().flow(Preconditions.notNull(pipelineId, "pipelineId"));
    }

    @Override
    public Slippage slippage(PipelineId pipelineId, DateRange changedIn) {
        return analytics().slippage(Preconditions.notNull(pipelineId, "pipelineId"),
                Preconditions.notNull(changedIn, "changedIn"));
    }

    private PipelineAnalytics analytics() {
        return new PipelineAnalytics(runtime, context, this::restrictToVisible);
    }

    /**
     * Asks the configured win-probability model for an open deal whose probability is not
     * overridden, and stores the estimate; without a model the stage default stays.
     */
    private void applyModel(OpportunityId id, Instant now) {
        if (runtime.dealPorts().winProbability() != null) {
            applyModel(List.of(load(id).view()), now);
        }
    }

    /**
     * Asks the model about each deal (open, probability not set by hand) and stores the
     * changed estimates; the deals' activity counts come from one aggregate query and their
     * histories from one query for all of them, their pipelines are read once each.
     *
     * @return the deals whose probability changed
     */
    List<OpportunityId> applyModel(List<OpportunityView> candidates, Instant now) {
        WinProbabilityModel model = runtime.dealPorts().winProbability();
        if (model == null || candidates.isEmpty()) {
            return List.of();
        }
        List<OpportunityView> open = candidates.stream()
                .filter(d -> d.isOpen() && d.probabilitySource() != ProbabilitySource.OVERRIDE).toList();
        Map<OpportunityId, DealActivity> activity = DealActivity.of(runtime.persistence().activities(),
                context.tenantId(), open.stream().map(OpportunityView::id).toList(), now);
        Map<OpportunityId, List<OpportunityHistoryEntry>> histories = open.isEmpty() ? Map.of()
                : deals.histories(context.tenantId(), open.stream().map(OpportunityView::id).toList());
        Map<PipelineId, PipelineView> pipelinesRead = new HashMap<>();
        List<OpportunityId> changed = new ArrayList<>();
        for (OpportunityView view : open) {
            PipelineView pipeline = pipelinesRead.computeIfAbsent(view.pipelineId(), this::pipeline);
            DealFeatures features = features(view, pipeline, histories.getOrDefault(view.id(), List.of()),
                    activity.getOrDefault(view.id(), DealActivity.NONE), now);
            Opportunity deal = Opportunity.restore(view);
            OpportunityChange change = deal.applyModelProbability(model.winProbability(features).asPercentage(),
                    context.actor().userId(), now);
            if (change instanceof OpportunityChange.Applied applied && !applied.changes().isEmpty()) {
                store(view, deal, applied.changes(), now);
                changed.add(view.id());
            }
        }
        return changed;
    }

    /**
     * What the model sees: stage, age, amount, time in stage, the moves and slips from the
     * history, and the completed calls, meetings and e-mails logged on the deal.
     */
    static DealFeatures features(OpportunityView deal, PipelineView pipeline, List<OpportunityHistoryEntry> history,
                                 DealActivity activity, Instant now) {
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
                    // a stage of another pipeline (before a move between pipelines) is never "later"
                    if (previous.pipelineId().equals(entry.pipelineId())
                            && pipeline.indexOf(entry.stageId()) < pipeline.indexOf(previous.stageId())) {
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
        return new DealFeatures(stage, age, amount, inStage, activity.activities(), activity.meetings(), stageChanges,
                backward, pushes);
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

    private PipelineView pipeline(PipelineId id) {
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
