package org.smartbizflow.crm.opportunity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * An ordered list of stages deals move through. The aggregate guards that an edit never
 * orphans a deal: a stage that holds deals can only be removed together with a mapping to a
 * stage that stays.
 */
public final class Pipeline {

    private final PipelineId id;
    private final TenantId tenantId;
    private final String name;
    private final boolean defaultPipeline;
    private List<Stage> stages;
    private final long version;
    private final Instant createdAt;
    private Instant updatedAt;
    private final List<PipelineEvent> events = new ArrayList<>();

    private Pipeline(PipelineView state) {
        this.id = state.id();
        this.tenantId = state.tenantId();
        this.name = state.name();
        this.defaultPipeline = state.defaultPipeline();
        this.stages = state.stages();
        this.version = state.version();
        this.createdAt = state.createdAt();
        this.updatedAt = state.updatedAt();
    }

    /** A new pipeline, recording {@link PipelineEvent.PipelineCreated}. */
    public static Pipeline create(PipelineId id, TenantId tenantId, String name, boolean defaultPipeline,
                                  List<Stage> stages, UserId actor, Instant now) {
        Preconditions.notNull(now, "now");
        Pipeline pipeline = new Pipeline(new PipelineView(id, tenantId, name, defaultPipeline, stages, 0, now, now));
        pipeline.events.add(new PipelineEvent.PipelineCreated(tenantId, id, pipeline.name, actor, now));
        return pipeline;
    }

    /**
     * The stages a tenant gets when it has no pipeline yet: Prospecting 10%, Qualification 20%,
     * Proposal 50% (best case), Negotiation 80% (commit), Closed Won, Closed Lost.
     */
    public static List<Stage> standardStages(Supplier<java.util.UUID> ids) {
        return List.of(
                Stage.open(StageId.of(ids.get()), "Prospecting", 10, ForecastCategory.PIPELINE),
                Stage.open(StageId.of(ids.get()), "Qualification", 20, ForecastCategory.PIPELINE),
                Stage.open(StageId.of(ids.get()), "Proposal", 50, ForecastCategory.BEST_CASE)
                        .requiring(OpportunityField.AMOUNT),
                Stage.open(StageId.of(ids.get()), "Negotiation", 80, ForecastCategory.COMMIT)
                        .requiring(OpportunityField.AMOUNT, OpportunityField.PRIMARY_CONTACT),
                Stage.won(StageId.of(ids.get()), "Closed Won").requiring(OpportunityField.AMOUNT),
                Stage.lost(StageId.of(ids.get()), "Closed Lost").requiring(OpportunityField.LOST_REASON));
    }

    /** Rebuilds a stored pipeline; records no events. */
    public static Pipeline restore(PipelineView state) {
        return new Pipeline(Objects.requireNonNull(state, "state"));
    }

    /**
     * Replaces the stage list (add, rename, reorder, change probabilities or requirements,
     * remove). Stages keep their identity by id, so reordering and renaming move no deal. A
     * removed stage that holds deals needs a mapping to a stage of the new list; without one
     * the edit is refused and nothing changes.
     *
     * @param newStages the stages after the edit, in order
     * @param mappings  where the deals of removed stages go
     * @param occupied  the stages of this pipeline that hold deals now
     */
    public PipelineChange editStages(List<Stage> newStages, List<StageMapping> mappings, Set<StageId> occupied,
                                     UserId actor, Instant now) {
        Preconditions.notNull(newStages, "stages");
        Preconditions.notNull(mappings, "mappings");
        PipelineView.checkStages(newStages);
        Map<StageId, Stage> kept = new HashMap<>();
        newStages.forEach(s -> kept.put(s.id(), s));
        Map<StageId, StageId> targets = new HashMap<>();
        for (StageMapping mapping : mappings) {
            boolean removed = stages.stream().anyMatch(s -> s.id().equals(mapping.from())) && !kept.containsKey(mapping.from());
            if (!removed) {
                return new PipelineChange.Refused("stage " + mapping.from() + " is mapped but not removed", List.of());
            }
            if (!kept.containsKey(mapping.to())) {
                return new PipelineChange.Refused("stage " + mapping.from() + " is mapped to " + mapping.to()
                        + ", which is not a stage of the edited pipeline", List.of());
            }
            targets.put(mapping.from(), mapping.to());
        }
        List<StageId> removed = new ArrayList<>();
        List<StageId> unmapped = new ArrayList<>();
        for (Stage stage : stages) {
            if (!kept.containsKey(stage.id())) {
                removed.add(stage.id());
                if (occupied.contains(stage.id()) && !targets.containsKey(stage.id())) {
                    unmapped.add(stage.id());
                }
            }
        }
        if (!unmapped.isEmpty()) {
            return new PipelineChange.Refused("removed stages hold deals and need a mapping to a remaining stage",
                    unmapped);
        }
        Map<StageId, StageId> moves = new HashMap<>();
        targets.forEach((from, to) -> {
            if (occupied.contains(from)) {
                moves.put(from, to);
            }
        });
        stages = List.copyOf(newStages);
        updatedAt = now;
        events.add(new PipelineEvent.PipelineStagesChanged(tenantId, id, newStages.stream().map(Stage::id).toList(),
                moves.entrySet().stream().map(e -> new StageMapping(e.getKey(), e.getValue())).toList(), actor, now));
        return new PipelineChange.Applied(moves, removed);
    }

    /** Events recorded since the pipeline was created or loaded; the list is cleared. */
    public List<PipelineEvent> pullEvents() {
        List<PipelineEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public PipelineView view() {
        return new PipelineView(id, tenantId, name, defaultPipeline, stages, version, createdAt, updatedAt);
    }

    public PipelineId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public long version() {
        return version;
    }
}
