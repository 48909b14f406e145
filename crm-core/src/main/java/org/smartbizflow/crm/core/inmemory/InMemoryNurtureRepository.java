package org.smartbizflow.crm.core.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.nurture.DueStep;
import org.smartbizflow.crm.lead.nurture.Enrolment;
import org.smartbizflow.crm.lead.nurture.EnrolmentId;
import org.smartbizflow.crm.lead.nurture.EnrolmentStatus;
import org.smartbizflow.crm.lead.nurture.EnrolmentView;
import org.smartbizflow.crm.lead.nurture.EngagementRecord;
import org.smartbizflow.crm.lead.nurture.NurtureSequence;
import org.smartbizflow.crm.lead.nurture.NurtureSequenceId;
import org.smartbizflow.crm.lead.nurture.StepRun;
import org.smartbizflow.crm.lead.nurture.port.out.NurtureRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Nurture sequences, enrolments, runs and engagements in memory, with the database adapters'
 * contract: tenant scope, optimistic enrolment versions, one run per enrolment and run number.
 */
public final class InMemoryNurtureRepository implements NurtureRepository {

    private static final Comparator<DueStep> DUE_ORDER = Comparator.comparing(DueStep::dueAt)
            .thenComparing(step -> step.enrolmentId().value(), UuidOrder.UNSIGNED);

    private final InMemoryTransactionRunner transactions;
    private final Map<TenantId, Map<NurtureSequenceId, NurtureSequence>> sequences = new ConcurrentHashMap<>();
    private final Map<TenantId, NavigableMap<UUID, EnrolmentView>> enrolments = new ConcurrentHashMap<>();
    private final Map<TenantId, Map<EnrolmentId, NavigableMap<Long, StepRun>>> runs = new ConcurrentHashMap<>();
    private final Map<TenantId, Map<EnrolmentId, List<EngagementRecord>>> engagements = new ConcurrentHashMap<>();

    public InMemoryNurtureRepository(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    private NavigableMap<UUID, EnrolmentView> enrolments(TenantId tenantId) {
        return enrolments.computeIfAbsent(tenantId, t -> new ConcurrentSkipListMap<>(UuidOrder.UNSIGNED));
    }

    private NavigableMap<Long, StepRun> runMap(TenantId tenantId, EnrolmentId id) {
        return runs.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(id, e -> new ConcurrentSkipListMap<>());
    }

    @Override
    public void insertSequence(NurtureSequence sequence) {
        Preconditions.notNull(sequence, "sequence");
        transactions.write(() -> {
            Map<NurtureSequenceId, NurtureSequence> tenant =
                    sequences.computeIfAbsent(sequence.tenantId(), t -> new ConcurrentHashMap<>());
            if (tenant.putIfAbsent(sequence.id(), sequence) != null) {
                throw new ValidationException("id", "a sequence with id " + sequence.id() + " already exists");
            }
            transactions.onRollback(() -> tenant.remove(sequence.id()));
            return null;
        });
    }

    @Override
    public Optional<NurtureSequence> findSequence(TenantId tenantId, NurtureSequenceId id) {
        return transactions.read(() -> Optional.ofNullable(sequences.getOrDefault(tenantId, Map.of()).get(id)));
    }

    @Override
    public void insertEnrolment(Enrolment enrolment) {
        EnrolmentView state = enrolment.view();
        transactions.write(() -> {
            NavigableMap<UUID, EnrolmentView> tenant = enrolments(state.tenantId());
            if (tenant.containsKey(state.id().value())) {
                throw new ValidationException("id", "an enrolment with id " + state.id() + " already exists");
            }
            tenant.put(state.id().value(), state.withVersion(0));
            transactions.onRollback(() -> tenant.remove(state.id().value()));
            return null;
        });
    }

    @Override
    public Optional<Enrolment> findEnrolment(TenantId tenantId, EnrolmentId id) {
        return transactions.read(() -> Optional.ofNullable(enrolments(tenantId).get(id.value())).map(Enrolment::restore));
    }

    @Override
    public List<Enrolment> activeEnrolments(TenantId tenantId, LeadId leadId) {
        return transactions.read(() -> enrolments(tenantId).values().stream()
                .filter(e -> e.leadId().equals(leadId) && e.status() == EnrolmentStatus.ACTIVE)
                .map(Enrolment::restore)
                .toList());
    }

    @Override
    public void updateEnrolment(Enrolment enrolment) {
        EnrolmentView state = enrolment.view();
        transactions.write(() -> {
            NavigableMap<UUID, EnrolmentView> tenant = enrolments(state.tenantId());
            EnrolmentView previous = tenant.get(state.id().value());
            if (previous == null) {
                throw new NotFoundException("Enrolment", state.id());
            }
            if (previous.version() != state.version()) {
                throw new ConcurrencyConflictException("Enrolment", state.id(), state.version());
            }
            tenant.put(state.id().value(), state.withVersion(state.version() + 1));
            transactions.onRollback(() -> tenant.put(state.id().value(), previous));
            return null;
        });
    }

    @Override
    public List<DueStep> dueSteps(TenantId tenantId, Instant now, int limit) {
        Preconditions.notNull(now, "now");
        Preconditions.check(limit >= 0, "limit", "must not be negative");
        return transactions.read(() -> enrolments(tenantId).values().stream()
                .filter(e -> e.status() == EnrolmentStatus.ACTIVE && !e.dueAt().isAfter(now))
                .map(DueStep::of)
                .sorted(DUE_ORDER)
                .limit(limit)
                .toList());
    }

    @Override
    public void insertRun(StepRun run) {
        Preconditions.notNull(run, "run");
        transactions.write(() -> {
            NavigableMap<Long, StepRun> enrolmentRuns = runMap(run.tenantId(), run.enrolmentId());
            if (enrolmentRuns.putIfAbsent(run.run(), run) != null) {
                throw new ConcurrencyConflictException("NurtureStepRun", run.enrolmentId() + "#" + run.run(), 0);
            }
            transactions.onRollback(() -> enrolmentRuns.remove(run.run()));
            return null;
        });
    }

    @Override
    public void finishRun(StepRun run) {
        Preconditions.notNull(run, "run");
        transactions.write(() -> {
            NavigableMap<Long, StepRun> enrolmentRuns = runMap(run.tenantId(), run.enrolmentId());
            StepRun previous = enrolmentRuns.get(run.run());
            if (previous == null) {
                throw new NotFoundException("NurtureStepRun", run.enrolmentId() + "#" + run.run());
            }
            enrolmentRuns.put(run.run(), run);
            transactions.onRollback(() -> enrolmentRuns.put(run.run(), previous));
            return null;
        });
    }

    @Override
    public List<StepRun> runs(TenantId tenantId, EnrolmentId enrolmentId) {
        return transactions.read(() -> List.copyOf(runMap(tenantId, enrolmentId).values()));
    }

    @Override
    public Optional<StepRun> findRunByMessage(TenantId tenantId, UUID messageId) {
        Preconditions.notNull(messageId, "messageId");
        return transactions.read(() -> runs.getOrDefault(tenantId, Map.of()).values().stream()
                .flatMap(m -> m.values().stream())
                .filter(r -> messageId.equals(r.messageId()))
                .findFirst());
    }

    @Override
    public void insertEngagement(EngagementRecord engagement) {
        Preconditions.notNull(engagement, "engagement");
        transactions.write(() -> {
            List<EngagementRecord> list = engagements.computeIfAbsent(engagement.tenantId(), t -> new ConcurrentHashMap<>())
                    .computeIfAbsent(engagement.enrolmentId(), e -> new java.util.concurrent.CopyOnWriteArrayList<>());
            list.add(engagement);
            transactions.onRollback(() -> list.remove(engagement));
            return null;
        });
    }

    @Override
    public List<EngagementRecord> engagements(TenantId tenantId, EnrolmentId enrolmentId) {
        return transactions.read(() -> {
            List<EngagementRecord> found = new ArrayList<>(
                    engagements.getOrDefault(tenantId, Map.of()).getOrDefault(enrolmentId, List.of()));
            found.sort(Comparator.comparing(EngagementRecord::occurredAt).thenComparing(EngagementRecord::id,
                    UuidOrder.UNSIGNED));
            return found;
        });
    }

    @Override
    public List<EngagementRecord> engagementsOfLead(TenantId tenantId, LeadId leadId) {
        return transactions.read(() -> {
            Map<EnrolmentId, List<EngagementRecord>> byEnrolment = engagements.getOrDefault(tenantId, Map.of());
            List<EngagementRecord> found = new ArrayList<>();
            for (EnrolmentView enrolment : enrolments(tenantId).values()) {
                if (enrolment.leadId().equals(leadId)) {
                    found.addAll(byEnrolment.getOrDefault(enrolment.id(), List.of()));
                }
            }
            found.sort(Comparator.comparing(EngagementRecord::occurredAt).thenComparing(EngagementRecord::id,
                    UuidOrder.UNSIGNED));
            return found;
        });
    }
}
