package org.smartbizflow.crm.opportunity;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * A pipeline's state at one version. The stage list is in pipeline order; it has at least
 * one open, one won and one lost stage, and stage ids and names (ignoring case) are unique.
 *
 * @param id          identity
 * @param tenantId    owning tenant
 * @param name        display name, unique per tenant is not enforced
 * @param defaultPipeline whether new deals without a pipeline go here (one per tenant)
 * @param stages      the stages in order
 * @param version     optimistic-concurrency version
 * @param createdAt   when it was created
 * @param updatedAt   when it last changed
 */
public record PipelineView(PipelineId id, TenantId tenantId, String name, boolean defaultPipeline, List<Stage> stages,
                           long version, Instant createdAt, Instant updatedAt) {

    public static final int NAME_MAX = 100;

    public PipelineView {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        name = Preconditions.maxLength(Preconditions.notBlank(name, "name"), NAME_MAX, "name");
        Preconditions.notNull(stages, "stages");
        stages = List.copyOf(stages);
        checkStages(stages);
        Preconditions.check(version >= 0, "version", "must not be negative");
        Preconditions.notNull(createdAt, "createdAt");
        Preconditions.notNull(updatedAt, "updatedAt");
    }

    /** Refuses a stage list a pipeline cannot have, naming the problem. */
    public static void checkStages(List<Stage> stages) {
        Preconditions.check(stages.size() <= 50, "stages", "at most 50 stages are allowed");
        Set<StageId> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Stage stage : stages) {
            Preconditions.notNull(stage, "stages");
            Preconditions.check(ids.add(stage.id()), "stages", "stage id " + stage.id() + " appears twice");
            Preconditions.check(names.add(stage.name().toLowerCase(Locale.ROOT)), "stages",
                    "stage name '" + stage.name() + "' appears twice");
        }
        for (StageType type : StageType.values()) {
            Preconditions.check(stages.stream().anyMatch(s -> s.type() == type), "stages",
                    "need at least one " + type + " stage");
        }
    }

    public Optional<Stage> stage(StageId stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    /** The stage with that name, ignoring case. */
    public Optional<Stage> stageNamed(String stageName) {
        return stages.stream().filter(s -> s.name().equalsIgnoreCase(stageName)).findFirst();
    }

    /** The stage's position in the pipeline, or -1. */
    public int indexOf(StageId stageId) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(stageId)) {
                return i;
            }
        }
        return -1;
    }

    /** The first open stage: where new deals start unless told otherwise. */
    public Stage firstOpenStage() {
        return stages.stream().filter(s -> s.type() == StageType.OPEN).findFirst().orElseThrow();
    }

    public PipelineView withVersion(long newVersion) {
        return new PipelineView(id, tenantId, name, defaultPipeline, stages, newVersion, createdAt, updatedAt);
    }
}
