package org.smartbizflow.crm.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.Percentage;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * A deal in a pipeline: the aggregate that guards stage moves (entry requirements, closing
 * and reopening), keeps probability and forecast category consistent with the stage unless
 * overridden, and records what happened as events.
 *
 * <p>Create new deals with {@link #create}; rebuild stored ones with {@link #restore}. Time is
 * always passed in, never read here.
 */
public final class Opportunity {

    private OpportunityView state;
    private final List<OpportunityEvent> events = new ArrayList<>();

    private Opportunity(OpportunityView state) {
        this.state = state;
    }

    /**
     * A new deal in the given stage of the pipeline, with the stage's probability and category.
     * The stage's entry requirements apply as for a move.
     *
     * @throws org.smartbizflow.crm.shared.ValidationException when a field is invalid, the stage
     *         is not in the pipeline or the deal does not meet the stage's requirements
     */
    public static Opportunity create(OpportunityId id, TenantId tenantId, PipelineView pipeline, StageId stageId,
                                     OpportunityDetails details, String lostReason, UserId actor, Instant now,
                                     LocalDate today) {
        Preconditions.notNull(pipeline, "pipeline");
        Preconditions.notNull(details, "details");
        Preconditions.notNull(now, "now");
        Preconditions.notNull(today, "today");
        Stage stage = stageId == null ? pipeline.firstOpenStage() : pipeline.stage(stageId).orElseThrow(
                () -> new org.smartbizflow.crm.shared.ValidationException("stageId",
                        "is not a stage of pipeline '" + pipeline.name() + "': " + stageId));
        OpportunityView view = new OpportunityView(id, tenantId, pipeline.id(), stage.id(), stage.type(),
                details.name(), details.accountId(), details.primaryContactId(), details.ownerId(), details.team(),
                details.territory(), details.amount(), details.expectedCloseDate(), stage.defaultProbability(),
                ProbabilitySource.STAGE, stage.category(), details.nextStep(), details.contactRoles(),
                details.competitors(), stage.type() == StageType.LOST ? lostReason : null, details.customFields(),
                stage.type().isClosed() ? today : null, 0, now, now);
        Set<OpportunityField> missing = missing(view, stage);
        Preconditions.check(missing.isEmpty(), "stageId",
                "stage '" + stage.name() + "' requires " + missing + " to be set");
        Opportunity deal = new Opportunity(view);
        deal.events.add(new OpportunityEvent.OpportunityCreated(tenantId, id, pipeline.id(), stage.id(),
                view.ownerId(), actor, now));
        return deal;
    }

    /** Rebuilds a stored deal; records no events. */
    public static Opportunity restore(OpportunityView state) {
        return new Opportunity(Objects.requireNonNull(state, "state"));
    }

    /**
     * Moves the deal to a stage of its pipeline. Entering a won or lost stage closes it on
     * {@code today} (a lost reason may be given with the move and counts for the lost stage's
     * requirements); moving a closed deal to an open stage reopens it. Probability and
     * category follow the target stage, except an overridden probability on an open stage.
     */
    public StageMove moveTo(PipelineView pipeline, StageId target, String lostReason, UserId actor, Instant now,
                            LocalDate today) {
        return move(pipeline, target, lostReason, actor, now, today, true);
    }

    private StageMove move(PipelineView pipeline, StageId target, String lostReason, UserId actor, Instant now,
                           LocalDate today, boolean enforceRequirements) {
        Preconditions.notNull(pipeline, "pipeline");
        Preconditions.notNull(target, "stageId");
        Preconditions.check(pipeline.id().equals(state.pipelineId()), "pipeline",
                "is not the deal's pipeline " + state.pipelineId());
        if (target.equals(state.stageId())) {
            return new StageMove.Unchanged(target);
        }
        Stage stage = pipeline.stage(target).orElse(null);
        if (stage == null) {
            return new StageMove.Refused("stage " + target + " is not in pipeline '" + pipeline.name() + "'", Set.of());
        }
        String reason = stage.type() == StageType.LOST
                ? Preconditions.maxLength(Preconditions.blankToNull(lostReason), OpportunityView.LOST_REASON_MAX,
                "lostReason") : null;
        if (reason == null && stage.type() == StageType.LOST) {
            reason = state.lostReason();
        }
        boolean keepOverride = state.probabilitySource() == ProbabilitySource.OVERRIDE && stage.type() == StageType.OPEN;
        OpportunityView moved = new OpportunityView(state.id(), state.tenantId(), state.pipelineId(), stage.id(),
                stage.type(), state.name(), state.accountId(), state.primaryContactId(), state.ownerId(), state.team(),
                state.territory(), state.amount(), stage.type().isClosed() ? today : state.expectedCloseDate(),
                keepOverride || (state.probabilitySource() == ProbabilitySource.MODEL && !stage.type().isClosed())
                        ? state.probability() : stage.defaultProbability(),
                stage.type().isClosed() ? ProbabilitySource.STAGE : state.probabilitySource(),
                stage.category(), state.nextStep(), state.contactRoles(), state.competitors(), reason,
                state.customFields(), stage.type().isClosed() ? today : null, state.version(), state.createdAt(), now);
        Set<OpportunityField> missing = enforceRequirements ? missing(moved, stage) : Set.of();
        if (!missing.isEmpty()) {
            return new StageMove.Refused("stage '" + stage.name() + "' requires " + missing + " to be set", missing);
        }
        List<FieldChange> changes = changes(state, moved);
        StageId from = state.stageId();
        state = moved;
        events.add(new OpportunityEvent.OpportunityStageChanged(state.tenantId(), state.id(), from, stage.id(),
                stage.type(), actor, now));
        return new StageMove.Moved(from, stage.id(), changes);
    }

    /**
     * Moves the deal out of a stage removed by a pipeline edit: the mapping the editor gave
     * decides, so the target's entry requirements are not checked (the deal must not be orphaned).
     */
    public StageMove.Moved forceMoveTo(PipelineView pipeline, StageId target, UserId actor, Instant now,
                                       LocalDate today) {
        StageMove move = move(pipeline, target, null, actor, now, today, false);
        if (move instanceof StageMove.Moved moved) {
            return moved;
        }
        throw new org.smartbizflow.crm.shared.InvalidStateTransition("Opportunity", state.stageType(),
                pipeline.stage(target).map(Stage::type).orElse(StageType.OPEN));
    }

    /**
     * Moves an open deal to an open stage of another pipeline. The target stage's entry
     * requirements apply; probability and category follow the target stage, except a
     * probability set by hand (or by the model, which the caller asks again). A closed deal
     * refuses (reopen it in its own pipeline first), as does a closed target stage (move the
     * deal, then win or lose it where it now is).
     */
    public StageMove moveToPipeline(PipelineView target, StageId stageId, UserId actor, Instant now) {
        Preconditions.notNull(target, "pipeline");
        Preconditions.notNull(stageId, "stageId");
        Preconditions.notNull(now, "now");
        if (target.id().equals(state.pipelineId())) {
            return new StageMove.Refused("the deal already is in pipeline '" + target.name()
                    + "'; move it between stages instead", Set.of());
        }
        if (!state.isOpen()) {
            return new StageMove.Refused("a closed deal stays in its pipeline; reopen it first", Set.of());
        }
        Stage stage = target.stage(stageId).orElse(null);
        if (stage == null) {
            return new StageMove.Refused("stage " + stageId + " is not in pipeline '" + target.name() + "'", Set.of());
        }
        if (stage.type().isClosed()) {
            return new StageMove.Refused("stage '" + stage.name() + "' closes the deal; move the deal to an open stage"
                    + " of pipeline '" + target.name() + "' and close it there", Set.of());
        }
        boolean keep = state.probabilitySource() != ProbabilitySource.STAGE;
        OpportunityView moved = new OpportunityView(state.id(), state.tenantId(), target.id(), stage.id(),
                stage.type(), state.name(), state.accountId(), state.primaryContactId(), state.ownerId(), state.team(),
                state.territory(), state.amount(), state.expectedCloseDate(),
                keep ? state.probability() : stage.defaultProbability(), state.probabilitySource(), stage.category(),
                state.nextStep(), state.contactRoles(), state.competitors(), state.lostReason(), state.customFields(),
                null, state.version(), state.createdAt(), now);
        Set<OpportunityField> missing = missing(moved, stage);
        if (!missing.isEmpty()) {
            return new StageMove.Refused("stage '" + stage.name() + "' requires " + missing + " to be set", missing);
        }
        List<FieldChange> changes = changes(state, moved);
        PipelineId fromPipeline = state.pipelineId();
        StageId from = state.stageId();
        state = moved;
        events.add(new OpportunityEvent.OpportunityPipelineChanged(state.tenantId(), state.id(), fromPipeline, from,
                target.id(), stage.id(), actor, now));
        return new StageMove.Moved(from, stage.id(), changes);
    }

    /** Replaces the directly edited fields; the current stage's requirements must still hold. */
    public OpportunityChange updateDetails(OpportunityDetails details, PipelineView pipeline, UserId actor,
                                           Instant now) {
        Preconditions.notNull(details, "details");
        OpportunityView next = new OpportunityView(state.id(), state.tenantId(), state.pipelineId(), state.stageId(),
                state.stageType(), details.name(), details.accountId(), details.primaryContactId(),
                details.ownerId(), details.team(), details.territory(), details.amount(),
                details.expectedCloseDate(), state.probability(), state.probabilitySource(), state.forecastCategory(),
                details.nextStep(), details.contactRoles(), details.competitors(), state.lostReason(),
                details.customFields(), state.closedOn(), state.version(), state.createdAt(), now);
        Stage stage = pipeline == null ? null : pipeline.stage(state.stageId()).orElse(null);
        if (stage != null) {
            Set<OpportunityField> missing = missing(next, stage);
            if (!missing.isEmpty()) {
                return new OpportunityChange.Refused("stage '" + stage.name() + "' requires " + missing + " to be set");
            }
        }
        return apply(next, actor, now);
    }

    /**
     * Sets the probability by hand (kept across open stages), or with null returns to the
     * stage's default. A closed deal refuses.
     */
    public OpportunityChange overrideProbability(Percentage probability, PipelineView pipeline, UserId actor,
                                                 Instant now) {
        if (!state.isOpen()) {
            return new OpportunityChange.Refused("a closed deal's probability follows its stage");
        }
        Percentage value = probability != null ? probability
                : pipeline.stage(state.stageId()).map(Stage::defaultProbability).orElse(state.probability());
        ProbabilitySource source = probability != null ? ProbabilitySource.OVERRIDE : ProbabilitySource.STAGE;
        return apply(withProbability(value, source, now), actor, now);
    }

    /**
     * Takes a model's estimate unless the probability was overridden by hand or the deal is
     * closed; then nothing changes.
     */
    public OpportunityChange applyModelProbability(Percentage estimate, UserId actor, Instant now) {
        Preconditions.notNull(estimate, "probability");
        if (!state.isOpen() || state.probabilitySource() == ProbabilitySource.OVERRIDE) {
            return new OpportunityChange.Applied(List.of());
        }
        return apply(withProbability(estimate, ProbabilitySource.MODEL, now), actor, now);
    }

    /** The rep's forecast call for an open deal; CLOSED is reached only by winning. */
    public OpportunityChange changeForecastCategory(ForecastCategory category, UserId actor, Instant now) {
        Preconditions.notNull(category, "forecastCategory");
        if (!state.isOpen()) {
            return new OpportunityChange.Refused("a closed deal's forecast category follows its stage");
        }
        if (category == ForecastCategory.CLOSED) {
            return new OpportunityChange.Refused("only a won deal is CLOSED; move it to a won stage");
        }
        OpportunityView next = new OpportunityView(state.id(), state.tenantId(), state.pipelineId(), state.stageId(),
                state.stageType(), state.name(), state.accountId(), state.primaryContactId(), state.ownerId(),
                state.team(), state.territory(), state.amount(), state.expectedCloseDate(), state.probability(),
                state.probabilitySource(), category, state.nextStep(), state.contactRoles(), state.competitors(),
                state.lostReason(), state.customFields(), state.closedOn(), state.version(), state.createdAt(), now);
        return apply(next, actor, now);
    }

    private OpportunityView withProbability(Percentage value, ProbabilitySource source, Instant now) {
        return new OpportunityView(state.id(), state.tenantId(), state.pipelineId(), state.stageId(),
                state.stageType(), state.name(), state.accountId(), state.primaryContactId(), state.ownerId(),
                state.team(), state.territory(), state.amount(), state.expectedCloseDate(), value, source,
                state.forecastCategory(), state.nextStep(), state.contactRoles(), state.competitors(),
                state.lostReason(), state.customFields(), state.closedOn(), state.version(), state.createdAt(), now);
    }

    private OpportunityChange apply(OpportunityView next, UserId actor, Instant now) {
        List<FieldChange> changes = changes(state, next);
        if (changes.isEmpty()) {
            return new OpportunityChange.Applied(List.of());
        }
        state = next;
        events.add(new OpportunityEvent.OpportunityChanged(state.tenantId(), state.id(), changes, actor, now));
        return new OpportunityChange.Applied(changes);
    }

    private static Set<OpportunityField> missing(OpportunityView deal, Stage stage) {
        Set<OpportunityField> missing = EnumSet.noneOf(OpportunityField.class);
        for (OpportunityField field : stage.requiredFields()) {
            if (!deal.has(field)) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** Every field that differs between two states of the same deal, in a fixed order. */
    public static List<FieldChange> changes(OpportunityView a, OpportunityView b) {
        List<FieldChange> changes = new ArrayList<>();
        add(changes, FieldChange.between("pipeline", a.pipelineId(), b.pipelineId()));
        add(changes, FieldChange.between("stage", a.stageId(), b.stageId()));
        add(changes, FieldChange.between("name", a.name(), b.name()));
        add(changes, FieldChange.between("account", a.accountId(), b.accountId()));
        add(changes, FieldChange.between("primaryContact", a.primaryContactId(), b.primaryContactId()));
        add(changes, FieldChange.between("owner", a.ownerId(), b.ownerId()));
        add(changes, FieldChange.between("team", a.team(), b.team()));
        add(changes, FieldChange.between("territory", a.territory(), b.territory()));
        add(changes, FieldChange.between("amount", a.amount(), b.amount()));
        add(changes, FieldChange.between("expectedCloseDate", a.expectedCloseDate(), b.expectedCloseDate()));
        add(changes, FieldChange.between("probability", a.probability().value().stripTrailingZeros().toPlainString(),
                b.probability().value().stripTrailingZeros().toPlainString()));
        add(changes, FieldChange.between("probabilitySource", a.probabilitySource(), b.probabilitySource()));
        add(changes, FieldChange.between("forecastCategory", a.forecastCategory(), b.forecastCategory()));
        add(changes, FieldChange.between("nextStep", a.nextStep(), b.nextStep()));
        add(changes, FieldChange.between("contactRoles", a.contactRoles(), b.contactRoles()));
        add(changes, FieldChange.between("competitors", a.competitors(), b.competitors()));
        add(changes, FieldChange.between("lostReason", a.lostReason(), b.lostReason()));
        add(changes, FieldChange.between("customFields", a.customFields().values(), b.customFields().values()));
        add(changes, FieldChange.between("closedOn", a.closedOn(), b.closedOn()));
        return changes;
    }

    private static void add(List<FieldChange> changes, FieldChange change) {
        if (change != null) {
            changes.add(change);
        }
    }

    /** Events recorded since the deal was created or loaded; the list is cleared. */
    public List<OpportunityEvent> pullEvents() {
        List<OpportunityEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public OpportunityView view() {
        return state;
    }

    public OpportunityId id() {
        return state.id();
    }

    public long version() {
        return state.version();
    }
}
