package org.smartbizflow.crm.jpa.internal.nurture;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.smartbizflow.crm.jpa.internal.shared.PersistenceFailures;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.nurture.BusinessCalendar;
import org.smartbizflow.crm.lead.nurture.DueStep;
import org.smartbizflow.crm.lead.nurture.Engagement;
import org.smartbizflow.crm.lead.nurture.EngagementRecord;
import org.smartbizflow.crm.lead.nurture.Enrolment;
import org.smartbizflow.crm.lead.nurture.EnrolmentId;
import org.smartbizflow.crm.lead.nurture.EnrolmentStatus;
import org.smartbizflow.crm.lead.nurture.EnrolmentView;
import org.smartbizflow.crm.lead.nurture.NurtureSequence;
import org.smartbizflow.crm.lead.nurture.NurtureSequenceId;
import org.smartbizflow.crm.lead.nurture.NurtureStep;
import org.smartbizflow.crm.lead.nurture.StepRun;
import org.smartbizflow.crm.lead.nurture.port.out.NurtureRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Nurture sequences, enrolments, step runs and engagements in the {@code crm_nurture_*} tables.
 * A claim is an enrolment update guarded by its version plus a step-run insert guarded by the
 * run's primary key: of two schedulers racing for a step, the database lets one through.
 */
public final class JpaNurtureRepository implements NurtureRepository {

    /** Leads per query of {@link #engagementsOfLeads}, well inside IN-list limits. */
    private static final int LEADS_PER_QUERY = 500;
    private static final String SEND_EMAIL = "SEND_EMAIL";
    private static final String CREATE_TASK = "CREATE_TASK";
    private static final String WAIT = "WAIT";
    private static final String BRANCH = "BRANCH";

    private final Supplier<EntityManager> entityManager;

    public JpaNurtureRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** The entity classes this adapter maps, with the embeddable of the steps. */
    public static List<Class<?>> entityClasses() {
        return List.of(NurtureSequenceEntity.class, StepLine.class, EnrolmentEntity.class, StepRunEntity.class,
                EngagementEntity.class);
    }

    @Override
    public void insertSequence(NurtureSequence sequence) {
        Preconditions.notNull(sequence, "sequence");
        BusinessCalendar calendar = sequence.calendar();
        String workdays = calendar.workdays().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        entityManager.get().persist(new NurtureSequenceEntity(sequence.id().value(), sequence.tenantId().value(),
                sequence.name(), calendar.zone().getId(), calendar.opens(), calendar.closes(), workdays,
                sequence.createdAt(), sequence.steps().stream().map(JpaNurtureRepository::line).toList()));
    }

    @Override
    public Optional<NurtureSequence> findSequence(TenantId tenantId, NurtureSequenceId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        NurtureSequenceEntity row = entityManager.get().find(NurtureSequenceEntity.class, id.value());
        if (row == null || !row.tenantId().equals(tenantId.value())) {
            return Optional.empty();
        }
        Set<DayOfWeek> workdays = Arrays.stream(row.workdays().split(",")).map(DayOfWeek::valueOf)
                .collect(Collectors.toSet());
        return Optional.of(NurtureSequence.restore(id, tenantId, row.name(),
                row.steps().stream().map(JpaNurtureRepository::step).toList(),
                new BusinessCalendar(ZoneId.of(row.timeZone()), row.opensAt(), row.closesAt(), workdays),
                row.createdAt()));
    }

    @Override
    public void insertEnrolment(Enrolment enrolment) {
        Preconditions.notNull(enrolment, "enrolment");
        EnrolmentView state = enrolment.view();
        EnrolmentEntity row = new EnrolmentEntity(state.id().value(), state.tenantId().value(),
                state.sequenceId().value(), state.leadId().value());
        copyInto(state, row);
        entityManager.get().persist(row);
    }

    @Override
    public Optional<Enrolment> findEnrolment(TenantId tenantId, EnrolmentId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return row(tenantId, id).map(JpaNurtureRepository::view).map(Enrolment::restore);
    }

    private Optional<EnrolmentEntity> row(TenantId tenantId, EnrolmentId id) {
        EnrolmentEntity row = entityManager.get().find(EnrolmentEntity.class, id.value());
        return row != null && row.tenantId().equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    @Override
    public List<Enrolment> activeEnrolments(TenantId tenantId, LeadId leadId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(leadId, "leadId");
        return entityManager.get()
                .createQuery("select e from CrmNurtureEnrolment e where e.tenantId = :tenant and e.leadId = :lead"
                        + " and e.status = :status order by e.id", EnrolmentEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("lead", leadId.value())
                .setParameter("status", EnrolmentStatus.ACTIVE.name())
                .getResultStream()
                .map(JpaNurtureRepository::view)
                .map(Enrolment::restore)
                .toList();
    }

    @Override
    public void updateEnrolment(Enrolment enrolment) {
        Preconditions.notNull(enrolment, "enrolment");
        EnrolmentView state = enrolment.view();
        EnrolmentEntity row = row(state.tenantId(), state.id())
                .orElseThrow(() -> new NotFoundException("Enrolment", state.id()));
        if (row.version() != state.version()) {
            throw new ConcurrencyConflictException("Enrolment", state.id(), state.version());
        }
        copyInto(state, row);
        try {
            // Flushed here so that the version check happens now, in the claim, not at some later commit.
            entityManager.get().flush();
        } catch (OptimisticLockException lost) {
            throw PersistenceFailures.translate(lost);
        }
    }

    @Override
    public List<DueStep> dueSteps(TenantId tenantId, Instant now, int limit) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(now, "now");
        Preconditions.check(limit >= 0, "limit", "must not be negative");
        if (limit == 0) {
            return List.of();
        }
        return entityManager.get()
                .createQuery("select e from CrmNurtureEnrolment e where e.tenantId = :tenant and e.status = :status"
                        + " and e.dueAt <= :now order by e.dueAt, e.id", EnrolmentEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("status", EnrolmentStatus.ACTIVE.name())
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> DueStep.of(view(row)))
                .toList();
    }

    @Override
    public void insertRun(StepRun run) {
        Preconditions.notNull(run, "run");
        EntityManager em = entityManager.get();
        if (em.find(StepRunEntity.class, new StepRunEntity.Key(run.enrolmentId().value(), run.run())) != null) {
            throw claimedAlready(run, null);
        }
        StepRunEntity row = new StepRunEntity(run.enrolmentId().value(), run.run(), run.tenantId().value(), run.step(),
                run.stepKey(), run.messageId(), run.claimedAt());
        row.finish(run.outcome().name(), run.detail(), run.finishedAt());
        em.persist(row);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (PersistenceFailures.isIntegrityViolation(e)) {
                throw claimedAlready(run, e);
            }
            throw PersistenceFailures.translate(e);
        }
    }

    private static ConcurrencyConflictException claimedAlready(StepRun run, Throwable cause) {
        String id = run.enrolmentId() + "#" + run.run();
        return cause == null ? new ConcurrencyConflictException("NurtureStepRun", id, 0)
                : new ConcurrencyConflictException("NurtureStepRun", id, 0, cause);
    }

    @Override
    public void finishRun(StepRun run) {
        Preconditions.notNull(run, "run");
        StepRunEntity row = entityManager.get().find(StepRunEntity.class,
                new StepRunEntity.Key(run.enrolmentId().value(), run.run()));
        if (row == null || !row.tenantId().equals(run.tenantId().value())) {
            throw new NotFoundException("NurtureStepRun", run.enrolmentId() + "#" + run.run());
        }
        row.finish(run.outcome().name(), run.detail(), run.finishedAt());
        entityManager.get().flush();
    }

    @Override
    public List<StepRun> runs(TenantId tenantId, EnrolmentId enrolmentId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(enrolmentId, "enrolmentId");
        return entityManager.get()
                .createQuery("select r from CrmNurtureStepRun r where r.tenantId = :tenant and r.enrolmentId = :enrolment"
                        + " order by r.runNo", StepRunEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("enrolment", enrolmentId.value())
                .getResultStream()
                .map(JpaNurtureRepository::run)
                .toList();
    }

    @Override
    public Optional<StepRun> findRunByMessage(TenantId tenantId, UUID messageId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(messageId, "messageId");
        return entityManager.get()
                .createQuery("select r from CrmNurtureStepRun r where r.tenantId = :tenant and r.messageId = :message",
                        StepRunEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("message", messageId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(JpaNurtureRepository::run);
    }

    @Override
    public void insertEngagement(EngagementRecord engagement) {
        Preconditions.notNull(engagement, "engagement");
        entityManager.get().persist(new EngagementEntity(engagement.id(), engagement.tenantId().value(),
                engagement.enrolmentId().value(), engagement.messageId(), engagement.stepKey(), engagement.kind().name(),
                engagement.occurredAt()));
    }

    @Override
    public List<EngagementRecord> engagements(TenantId tenantId, EnrolmentId enrolmentId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(enrolmentId, "enrolmentId");
        return entityManager.get()
                .createQuery("select g from CrmNurtureEngagement g where g.tenantId = :tenant"
                        + " and g.enrolmentId = :enrolment order by g.occurredAt, g.id", EngagementEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("enrolment", enrolmentId.value())
                .getResultStream()
                .map(JpaNurtureRepository::toRecord)
                .toList();
    }

    /** One query: the lead's enrolments by crm_nurture_enrolment_lead_ix, their engagements by enrolment. */
    @Override
    public List<EngagementRecord> engagementsOfLead(TenantId tenantId, LeadId leadId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(leadId, "leadId");
        return entityManager.get()
                .createQuery("select g from CrmNurtureEngagement g, CrmNurtureEnrolment e"
                        + " where e.tenantId = :tenant and e.leadId = :lead and g.tenantId = e.tenantId"
                        + " and g.enrolmentId = e.id order by g.occurredAt, g.id", EngagementEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("lead", leadId.value())
                .getResultStream()
                .map(JpaNurtureRepository::toRecord)
                .toList();
    }

    /** One query per slice of leads, as {@link #engagementsOfLead} reads one lead. */
    @Override
    public Map<LeadId, List<EngagementRecord>> engagementsOfLeads(TenantId tenantId, Collection<LeadId> leadIds) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(leadIds, "leadIds");
        List<UUID> wanted = leadIds.stream().map(LeadId::value).distinct().toList();
        Map<LeadId, List<EngagementRecord>> found = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += LEADS_PER_QUERY) {
            entityManager.get()
                    // by the lead ids alone, checking the tenant on the rows: H2 looks an IN-list up
                    // only on an index's first column (crm_nurture_enrolment_lead_id_ix)
                    .createQuery("select e.leadId, e.tenantId, g from CrmNurtureEngagement g, CrmNurtureEnrolment e"
                            + " where e.leadId in :leads and g.tenantId = e.tenantId"
                            + " and g.enrolmentId = e.id order by g.occurredAt, g.id", Object[].class)
                    .setParameter("leads", wanted.subList(from, Math.min(wanted.size(), from + LEADS_PER_QUERY)))
                    .getResultStream()
                    .filter(row -> tenantId.value().equals(row[1]))
                    .forEach(row -> found.computeIfAbsent(LeadId.of((UUID) row[0]), id -> new ArrayList<>())
                            .add(toRecord((EngagementEntity) row[2])));
        }
        return found;
    }

    private static EngagementRecord toRecord(EngagementEntity row) {
        return new EngagementRecord(row.id(), TenantId.of(row.tenantId()), EnrolmentId.of(row.enrolmentId()),
                row.messageId(), row.stepKey(), Engagement.valueOf(row.kind()), row.occurredAt());
    }

    private static void copyInto(EnrolmentView state, EnrolmentEntity row) {
        row.set(state.status().name(), state.step(), state.run(), state.dueAt(), state.enrolledAt(), state.endedAt(),
                state.endReason());
    }

    private static EnrolmentView view(EnrolmentEntity row) {
        return new EnrolmentView(EnrolmentId.of(row.id()), TenantId.of(row.tenantId()),
                NurtureSequenceId.of(row.sequenceId()), LeadId.of(row.leadId()), EnrolmentStatus.valueOf(row.status()),
                row.stepIndex(), row.runNo(), row.dueAt(), row.enrolledAt(), row.endedAt(), row.endReason(),
                row.version());
    }

    private static StepRun run(StepRunEntity row) {
        return new StepRun(EnrolmentId.of(row.enrolmentId()), row.runNo(), TenantId.of(row.tenantId()), row.stepIndex(),
                row.stepKey(), StepRun.Outcome.valueOf(row.outcome()), row.detail(), row.messageId(), row.claimedAt(),
                row.finishedAt());
    }

    private static StepLine line(NurtureStep step) {
        if (step instanceof NurtureStep.SendEmail email) {
            return new StepLine(email.key(), SEND_EMAIL, email.subject(), email.body(), null, null, null, null, null, null);
        }
        if (step instanceof NurtureStep.CreateTask task) {
            return new StepLine(task.key(), CREATE_TASK, task.subject(), null, task.dueInDays(), null, null, null, null,
                    null);
        }
        if (step instanceof NurtureStep.Wait wait) {
            return new StepLine(wait.key(), WAIT, null, null, wait.amount(), wait.unit().name(), null, null, null, null);
        }
        NurtureStep.Branch branch = (NurtureStep.Branch) step;
        return new StepLine(branch.key(), BRANCH, null, null, null, null, branch.engagement().name(), branch.emailStep(),
                branch.ifEngaged(), branch.otherwise());
    }

    private static NurtureStep step(StepLine line) {
        switch (line.kind()) {
            case SEND_EMAIL:
                return new NurtureStep.SendEmail(line.stepKey(), line.subject(), line.body() == null ? "" : line.body());
            case CREATE_TASK:
                return new NurtureStep.CreateTask(line.stepKey(), line.subject(), line.amount());
            case WAIT:
                return new NurtureStep.Wait(line.stepKey(), line.amount(), NurtureStep.WaitUnit.valueOf(line.waitUnit()));
            case BRANCH:
                return new NurtureStep.Branch(line.stepKey(), Engagement.valueOf(line.engagement()), line.emailStep(),
                        line.ifEngaged(), line.otherwise());
            default:
                throw new IllegalStateException("unknown nurture step kind in crm_nurture_step: " + line.kind());
        }
    }
}
