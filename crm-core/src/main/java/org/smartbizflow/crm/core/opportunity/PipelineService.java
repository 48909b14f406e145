package org.smartbizflow.crm.core.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.opportunity.Opportunity;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.OpportunityView;
import org.smartbizflow.crm.opportunity.Pipeline;
import org.smartbizflow.crm.opportunity.PipelineChange;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.PipelineView;
import org.smartbizflow.crm.opportunity.Stage;
import org.smartbizflow.crm.opportunity.StageId;
import org.smartbizflow.crm.opportunity.StageMove;
import org.smartbizflow.crm.opportunity.port.in.CreatePipeline;
import org.smartbizflow.crm.opportunity.port.in.EditPipelineStages;
import org.smartbizflow.crm.opportunity.port.in.Pipelines;
import org.smartbizflow.crm.opportunity.port.in.StageDefinition;
import org.smartbizflow.crm.opportunity.port.out.OpportunityRepository;
import org.smartbizflow.crm.opportunity.port.out.PipelineRepository;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.RecordAccess;

/** The pipeline use cases for one tenant and actor. */
final class PipelineService implements Pipelines {

    static final String RECORD_TYPE = "Pipeline";
    static final String DEFAULT_NAME = "Sales";

    private final CoreRuntime runtime;
    private final CallContext context;
    private final PipelineRepository pipelines;
    private final OpportunityRepository opportunities;

    PipelineService(CoreRuntime runtime, CallContext context) {
        this.runtime = runtime;
        this.context = context;
        this.pipelines = runtime.persistence().pipelines();
        this.opportunities = runtime.persistence().opportunities();
    }

    @Override
    public PipelineId create(CreatePipeline command) {
        runtime.validate(command);
        runtime.requireAccess(context, Action.CREATE, new RecordAccess(RECORD_TYPE, null, null));
        return runtime.transactions().inTransaction(() -> {
            List<Stage> stages = command.stages().stream()
                    .map(s -> s.toStage(StageId.of(runtime.ids().next()))).toList();
            boolean first = pipelines.findDefault(context.tenantId()).isEmpty();
            Pipeline pipeline = Pipeline.create(PipelineId.of(runtime.ids().next()), context.tenantId(),
                    command.name(), first, stages, context.actor().userId(), runtime.clock().instant());
            pipelines.insert(pipeline);
            runtime.audit(List.of(runtime.auditEntry(context, RECORD_TYPE, pipeline.id(), "name", null,
                    command.name())));
            runtime.recordEvents(pipeline.pullEvents());
            return pipeline.id();
        });
    }

    @Override
    public PipelineView get(PipelineId id) {
        return runtime.transactions().inTransaction(() -> load(id).view());
    }

    @Override
    public List<PipelineView> list() {
        return runtime.transactions().inTransaction(() -> {
            defaultPipeline();
            return pipelines.list(context.tenantId());
        });
    }

    @Override
    public PipelineView defaultPipeline() {
        return runtime.transactions().inTransaction(() -> pipelines.findDefault(context.tenantId())
                .map(Pipeline::view)
                .orElseGet(this::createDefault));
    }

    private PipelineView createDefault() {
        Pipeline pipeline = Pipeline.create(PipelineId.of(runtime.ids().next()), context.tenantId(), DEFAULT_NAME, true,
                Pipeline.standardStages(runtime.ids()::next), context.actor().userId(), runtime.clock().instant());
        pipelines.insert(pipeline);
        runtime.recordEvents(pipeline.pullEvents());
        return pipeline.view();
    }

    @Override
    public PipelineChange editStages(EditPipelineStages command) {
        runtime.validate(command);
        return runtime.transactions().inTransaction(() -> {
            Pipeline pipeline = load(command.pipelineId());
            runtime.requireAccess(context, Action.UPDATE,
                    new RecordAccess(RECORD_TYPE, pipeline.id().toString(), null));
            if (command.expectedVersion() != null && command.expectedVersion() != pipeline.version()) {
                throw new ConcurrencyConflictException(RECORD_TYPE, pipeline.id(), command.expectedVersion());
            }
            PipelineView before = pipeline.view();
            List<Stage> stages = new ArrayList<>();
            for (StageDefinition definition : command.stages()) {
                if (definition.id() != null && before.stage(definition.id()).isEmpty()) {
                    return new PipelineChange.Refused("stage " + definition.id()
                            + " is not a stage of this pipeline; leave the id out for a new stage", List.of());
                }
                stages.add(definition.toStage(StageId.of(runtime.ids().next())));
            }
            Map<StageId, Long> occupied = opportunities.countByStage(context.tenantId(), pipeline.id());
            Instant now = runtime.clock().instant();
            PipelineChange change = pipeline.editStages(stages, command.mappings(), occupied.keySet(),
                    context.actor().userId(), now);
            if (change instanceof PipelineChange.Applied applied) {
                pipelines.update(pipeline);
                PipelineView after = pipeline.view();
                runtime.audit(List.of(runtime.auditEntry(context, RECORD_TYPE, pipeline.id(), "stages",
                        names(before), names(after))));
                LocalDate today = LocalDate.ofInstant(now, runtime.clock().getZone());
                applied.moves().forEach((from, to) -> moveDeals(after, from, to, now, today));
                runtime.recordEvents(pipeline.pullEvents());
            }
            return change;
        });
    }

    /**
     * Moves every deal of a removed stage, with history and audit as for a single move, and
     * asks the win-probability model again about the moved open deals.
     */
    private void moveDeals(PipelineView pipeline, StageId from, StageId to, Instant now, LocalDate today) {
        OpportunityFilter inStage = OpportunityFilter.any().inPipeline(pipeline.id()).inStages(from);
        OpportunityService deals = new OpportunityService(runtime, context);
        PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<OpportunityView> batch = opportunities.search(context.tenantId(), inStage, page);
            List<OpportunityView> movedDeals = new ArrayList<>();
            for (OpportunityView view : batch.items()) {
                Opportunity deal = Opportunity.restore(view);
                StageMove.Moved moved = deal.forceMoveTo(pipeline, to, context.actor().userId(), now, today);
                deals.store(view, deal, moved.changes(), now);
                opportunities.find(context.tenantId(), view.id()).map(Opportunity::view).ifPresent(movedDeals::add);
            }
            // the model sees the new stage; one activity count for the whole batch
            deals.applyModel(movedDeals, now);
            if (batch.nextCursor().isEmpty()) {
                return;
            }
            // the moved deals left the stage, so the next batch starts from the beginning again
            page = PageRequest.first(PageRequest.MAX_SIZE);
        }
    }

    private static String names(PipelineView pipeline) {
        return String.join(" > ", pipeline.stages().stream().map(Stage::name).toList());
    }

    private Pipeline load(PipelineId id) {
        return pipelines.find(context.tenantId(), id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    }
}
