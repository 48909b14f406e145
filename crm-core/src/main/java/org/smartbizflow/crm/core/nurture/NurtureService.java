package org.smartbizflow.crm.core.nurture;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartbizflow.crm.contact.ConsentDecision;
import org.smartbizflow.crm.core.contact.ConsentGatedEmailGateway;
import org.smartbizflow.crm.core.contact.ConsentRequiredException;
import org.smartbizflow.crm.core.lead.LeadUseCases;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.integration.port.out.EmailMessage;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.nurture.BusinessCalendar;
import org.smartbizflow.crm.lead.nurture.DueStep;
import org.smartbizflow.crm.lead.nurture.Enrolment;
import org.smartbizflow.crm.lead.nurture.EnrolmentId;
import org.smartbizflow.crm.lead.nurture.EnrolmentStatus;
import org.smartbizflow.crm.lead.nurture.EnrolmentView;
import org.smartbizflow.crm.lead.nurture.EngagementRecord;
import org.smartbizflow.crm.lead.nurture.NurtureEvent;
import org.smartbizflow.crm.lead.nurture.NurtureSequence;
import org.smartbizflow.crm.lead.nurture.NurtureSequenceId;
import org.smartbizflow.crm.lead.nurture.NurtureStep;
import org.smartbizflow.crm.lead.nurture.StepRun;
import org.smartbizflow.crm.lead.nurture.port.in.DefineNurtureSequence;
import org.smartbizflow.crm.lead.nurture.port.in.EnrolLead;
import org.smartbizflow.crm.lead.nurture.port.in.EnrolResult;
import org.smartbizflow.crm.lead.nurture.port.in.Nurturing;
import org.smartbizflow.crm.lead.nurture.port.in.RecordEngagement;
import org.smartbizflow.crm.lead.nurture.port.in.RunReport;
import org.smartbizflow.crm.lead.nurture.port.in.StepResult;
import org.smartbizflow.crm.lead.nurture.port.in.UnenrolLead;
import org.smartbizflow.crm.lead.nurture.port.out.FollowUpTask;
import org.smartbizflow.crm.lead.nurture.port.out.NurtureRepository;
import org.smartbizflow.crm.lead.port.out.LeadRepository;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.RecordAccess;

/** The nurture use cases for one tenant and actor. */
final class NurtureService implements Nurturing {

    static final String SEQUENCE_TYPE = "NurtureSequence";
    static final String ENROLMENT_TYPE = "Enrolment";
    private static final String LEAD_TYPE = "Lead";
    /** Rounds of re-reading due steps in one call, a guard against schedulers starving each other. */
    private static final int MAX_ROUNDS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(NurtureService.class);

    private final CoreRuntime runtime;
    private final CallContext context;
    private final NurtureRepository nurture;
    private final LeadRepository leads;

    NurtureService(CoreRuntime runtime, CallContext context) {
        this.runtime = runtime;
        this.context = context;
        this.nurture = runtime.persistence().nurture();
        this.leads = runtime.persistence().leads();
    }

    @Override
    public NurtureSequenceId defineSequence(DefineNurtureSequence command) {
        runtime.validate(command);
        runtime.requireAccess(context, Action.CREATE, new RecordAccess(SEQUENCE_TYPE, null, context.actor().userId()));
        return runtime.transactions().inTransaction(() -> {
            BusinessCalendar calendar = command.calendar() != null ? command.calendar()
                    : BusinessCalendar.weekdays(ZoneOffset.UTC);
            NurtureSequence sequence = NurtureSequence.define(NurtureSequenceId.of(runtime.ids().next()),
                    context.tenantId(), command.name(), command.steps(), calendar, runtime.clock().instant());
            nurture.insertSequence(sequence);
            runtime.audit(List.of(runtime.auditEntry(context, SEQUENCE_TYPE, sequence.id(), "*", null,
                    sequence.name())));
            return sequence.id();
        });
    }

    @Override
    public NurtureSequence sequence(NurtureSequenceId id) {
        Preconditions.notNull(id, "sequenceId");
        return runtime.transactions().inTransaction(() -> loadSequence(id));
    }

    @Override
    public EnrolResult enrol(EnrolLead command) {
        runtime.validate(command);
        return runtime.transactions().inTransaction(() -> {
            Lead lead = leads.find(context.tenantId(), command.leadId())
                    .orElseThrow(() -> new NotFoundException(LEAD_TYPE, command.leadId()));
            runtime.requireAccess(context, Action.UPDATE, leadAccess(lead.view()));
            loadSequence(command.sequenceId());
            String refusal = leaveReason(lead.status());
            if (refusal != null) {
                return new EnrolResult.Refused(refusal);
            }
            for (Enrolment active : nurture.activeEnrolments(context.tenantId(), lead.id())) {
                if (active.sequenceId().equals(command.sequenceId())) {
                    return new EnrolResult.AlreadyEnrolled(active.id());
                }
            }
            Enrolment enrolment = Enrolment.enrol(EnrolmentId.of(runtime.ids().next()), context.tenantId(),
                    command.sequenceId(), lead.id(), micros(runtime.clock().instant()));
            nurture.insertEnrolment(enrolment);
            runtime.recordEvents(enrolment.pullEvents());
            runtime.audit(List.of(
                    runtime.auditEntry(context, ENROLMENT_TYPE, enrolment.id(), "status", null, EnrolmentStatus.ACTIVE),
                    runtime.auditEntry(context, LEAD_TYPE, lead.id(), "nurtureSequence", null, command.sequenceId())));
            return new EnrolResult.Enrolled(enrolment.id());
        });
    }

    @Override
    public boolean unenrol(UnenrolLead command) {
        runtime.validate(command);
        return runtime.transactions().inTransaction(() -> {
            Enrolment enrolment = loadEnrolment(command.enrolmentId());
            leads.find(context.tenantId(), enrolment.leadId())
                    .ifPresent(lead -> runtime.requireAccess(context, Action.UPDATE, leadAccess(lead.view())));
            return end(runtime, context, enrolment, command.reason(), runtime.clock().instant());
        });
    }

    /** Ends an active enrolment and audits it; false when it was not active. */
    static boolean end(CoreRuntime runtime, CallContext context, Enrolment enrolment, String reason, Instant now) {
        EnrolmentStatus before = enrolment.status();
        if (!enrolment.end(reason, now)) {
            return false;
        }
        runtime.persistence().nurture().updateEnrolment(enrolment);
        runtime.recordEvents(enrolment.pullEvents());
        runtime.audit(List.of(
                runtime.auditEntry(context, ENROLMENT_TYPE, enrolment.id(), "status", before, EnrolmentStatus.ENDED),
                runtime.auditEntry(context, ENROLMENT_TYPE, enrolment.id(), "endReason", null, reason)));
        return true;
    }

    @Override
    public void recordEngagement(RecordEngagement command) {
        runtime.validate(command);
        runtime.transactions().inTransaction(() -> {
            StepRun run = nurture.findRunByMessage(context.tenantId(), command.messageId())
                    .orElseThrow(() -> new NotFoundException("EmailMessage", command.messageId()));
            Instant at = command.occurredAt() != null ? command.occurredAt() : runtime.clock().instant();
            nurture.insertEngagement(new EngagementRecord(runtime.ids().next(), context.tenantId(), run.enrolmentId(),
                    command.messageId(), run.stepKey(), command.kind(), at));
            // opened, clicked and replied count towards the lead's score
            nurture.findEnrolment(context.tenantId(), run.enrolmentId()).ifPresent(enrolment ->
                    LeadUseCases.rescore(runtime, context.tenantId(), enrolment.leadId(), context.actor().userId()));
            return null;
        });
    }

    @Override
    public EnrolmentView enrolment(EnrolmentId id) {
        Preconditions.notNull(id, "enrolmentId");
        return runtime.transactions().inTransaction(() -> loadEnrolment(id).view());
    }

    @Override
    public List<EnrolmentView> activeEnrolments(LeadId leadId) {
        Preconditions.notNull(leadId, "leadId");
        return runtime.transactions().inTransaction(() -> nurture.activeEnrolments(context.tenantId(), leadId)
                .stream().map(Enrolment::view).toList());
    }

    @Override
    public List<StepRun> history(EnrolmentId id) {
        Preconditions.notNull(id, "enrolmentId");
        return runtime.transactions().inTransaction(() -> nurture.runs(context.tenantId(), id));
    }

    @Override
    public List<DueStep> dueSteps(Instant now, int limit) {
        Preconditions.notNull(now, "now");
        Preconditions.check(limit >= 0, "limit", "must not be negative");
        return runtime.transactions().inTransaction(() -> nurture.dueSteps(context.tenantId(), micros(now), limit));
    }

    @Override
    public RunReport runDue(Instant when, int limit) {
        Preconditions.notNull(when, "now");
        Preconditions.check(limit >= 0, "limit", "must not be negative");
        Instant now = micros(when);
        List<StepResult> results = new ArrayList<>();
        for (int round = 0; round < MAX_ROUNDS && results.size() < limit; round++) {
            List<DueStep> due = dueSteps(now, limit - results.size());
            boolean progressed = false;
            for (DueStep step : due) {
                StepResult result = runOne(step, now);
                results.add(result);
                progressed |= result.outcome() != StepResult.Outcome.NOT_CLAIMED;
            }
            if (!progressed) {
                break;
            }
        }
        return new RunReport(results);
    }

    /** What the claim transaction decided: the run to perform, or the result when there is none. */
    private record Claim(StepRun run, NurtureStep step, LeadView lead, StepResult result) {
    }

    private StepResult runOne(DueStep due, Instant now) {
        Claim claim;
        try {
            claim = runtime.transactions().inTransaction(() -> claim(due, now));
        } catch (ConcurrencyConflictException e) {
            return new StepResult(due, null, StepResult.Outcome.NOT_CLAIMED, "claimed by another scheduler");
        }
        if (claim.result() != null) {
            return claim.result();
        }
        StepRun run = claim.run();
        if (run.outcome() != StepRun.Outcome.CLAIMED) {
            return new StepResult(due, run.stepKey(), StepResult.Outcome.DONE, run.detail());
        }
        StepRun finished = claim.step() instanceof NurtureStep.SendEmail email
                ? sendEmail(run, email, claim.lead(), now)
                : createTask(run, (NurtureStep.CreateTask) claim.step(), claim.lead(), now);
        StepResult.Outcome outcome = switch (finished.outcome()) {
            case DONE -> StepResult.Outcome.DONE;
            case SKIPPED -> StepResult.Outcome.SKIPPED;
            default -> StepResult.Outcome.FAILED;
        };
        return new StepResult(due, run.stepKey(), outcome, finished.detail());
    }

    /**
     * Claims the due step by advancing its enrolment past it (the version check makes the
     * claim unique) and recording the run (the store refuses a second row for the run).
     * Waits and branches have no action, so they finish here.
     */
    private Claim claim(DueStep due, Instant now) {
        Optional<Enrolment> found = nurture.findEnrolment(context.tenantId(), due.enrolmentId());
        if (found.isEmpty() || found.get().version() != due.version() || found.get().run() != due.run()
                || found.get().status() != EnrolmentStatus.ACTIVE) {
            return new Claim(null, null, null,
                    new StepResult(due, null, StepResult.Outcome.NOT_CLAIMED, "no longer due"));
        }
        Enrolment enrolment = found.get();
        Optional<Lead> lead = leads.find(context.tenantId(), enrolment.leadId());
        String leave = lead.isEmpty() ? "the lead was deleted" : leaveReason(lead.get().status());
        if (leave != null) {
            end(runtime, context, enrolment, leave, now);
            return new Claim(null, null, null, new StepResult(due, null, StepResult.Outcome.ENDED, leave));
        }
        NurtureSequence sequence = loadSequence(enrolment.sequenceId());
        int index = enrolment.step();
        NurtureStep step = sequence.step(index);
        boolean engaged = step instanceof NurtureStep.Branch branch && engaged(branch, enrolment.id());
        NurtureSequence.Next next = sequence.after(index, now, engaged);
        enrolment.advance(next, now);
        nurture.updateEnrolment(enrolment);
        UUID messageId = step instanceof NurtureStep.SendEmail ? runtime.ids().next() : null;
        StepRun run = StepRun.claimed(enrolment.id(), due.run(), context.tenantId(), index, step.key(), messageId, now);
        if (step instanceof NurtureStep.Wait) {
            run = run.finish(StepRun.Outcome.DONE, "next step due " + next.dueAt(), now);
        } else if (step instanceof NurtureStep.Branch) {
            run = run.finish(StepRun.Outcome.DONE, (engaged ? "engaged" : "not engaged") + ", continue at "
                    + (next.ends() ? NurtureStep.END : sequence.step(next.index()).key()), now);
        }
        nurture.insertRun(run);
        List<org.smartbizflow.crm.shared.DomainEvent> events = new ArrayList<>(enrolment.pullEvents());
        if (run.outcome() != StepRun.Outcome.CLAIMED) {
            events.add(0, ran(run, enrolment.leadId()));
        }
        runtime.recordEvents(events);
        return new Claim(run, step, lead.get().view(), null);
    }

    private static NurtureEvent.NurtureStepRan ran(StepRun run, LeadId lead) {
        return new NurtureEvent.NurtureStepRan(run.tenantId(), run.enrolmentId(), lead, run.run(), run.stepKey(),
                run.outcome(), run.finishedAt());
    }

    private boolean engaged(NurtureStep.Branch branch, EnrolmentId enrolment) {
        for (EngagementRecord record : nurture.engagements(context.tenantId(), enrolment)) {
            if (record.kind().satisfies(branch.engagement())
                    && (branch.emailStep() == null || branch.emailStep().equals(record.stepKey()))) {
                return true;
            }
        }
        return false;
    }

    /** Sends outside any transaction (a mail server is no part of it), then records the outcome. */
    private StepRun sendEmail(StepRun run, NurtureStep.SendEmail step, LeadView lead, Instant now) {
        StepRun finished;
        ConsentDecision consent = lead.email() == null ? null : runtime.transactions().inTransaction(
                () -> ConsentGatedEmailGateway.decide(runtime.persistence(), now, context.tenantId(), lead.email()));
        if (lead.email() == null) {
            finished = run.finish(StepRun.Outcome.FAILED, "the lead has no e-mail address", now);
        } else if (consent instanceof ConsentDecision.Denied denied) {
            finished = run.finish(StepRun.Outcome.SKIPPED, skipped(denied.reason()), now);
        } else {
            try {
                runtime.emailGateway().send(new EmailMessage(run.messageId(), context.tenantId(), lead.email(),
                        fill(step.subject(), lead), fill(step.body(), lead), Map.of("leadId", lead.id().toString(),
                                "enrolmentId", run.enrolmentId().toString(), "step", step.key())));
                // The address stays out of the run's record: erasure need not look for it there.
                finished = run.finish(StepRun.Outcome.DONE, "sent as message " + run.messageId(), now);
            } catch (ConsentRequiredException refused) {
                // Consent was withdrawn between the check and the gate.
                finished = run.finish(StepRun.Outcome.SKIPPED, skipped(refused.reason()), now);
            } catch (RuntimeException e) {
                LOG.warn("nurture e-mail {} of enrolment {} was not sent: {}", step.key(), run.enrolmentId(), e.toString());
                LOG.debug("e-mail gateway failure", e);
                finished = run.finish(StepRun.Outcome.FAILED, "not sent: " + e.getMessage(), now);
            }
        }
        StepRun outcome = finished;
        runtime.transactions().inTransaction(() -> {
            nurture.finishRun(outcome);
            runtime.recordEvents(List.of(ran(outcome, lead.id())));
            return null;
        });
        return outcome;
    }

    private static String skipped(ConsentDecision.Reason reason) {
        return "not sent: no valid e-mail consent (" + reason + ")";
    }

    /** Creates the task in the transaction that records the outcome; a failure is recorded in a new one. */
    private StepRun createTask(StepRun run, NurtureStep.CreateTask step, LeadView lead, Instant now) {
        try {
            return runtime.transactions().inTransaction(() -> {
                runtime.followUpTasks().create(new FollowUpTask(runtime.ids().next(), context.tenantId(), lead.id(),
                        lead.ownerId(), fill(step.subject(), lead), now.plus(Duration.ofDays(step.dueInDays()))));
                StepRun done = run.finish(StepRun.Outcome.DONE, "task for " + lead.ownerId(), now);
                nurture.finishRun(done);
                runtime.recordEvents(List.of(ran(done, lead.id())));
                return done;
            });
        } catch (RuntimeException e) {
            LOG.warn("nurture task {} of enrolment {} was not created: {}", step.key(), run.enrolmentId(), e.toString());
            LOG.debug("follow-up task failure", e);
            StepRun failed = run.finish(StepRun.Outcome.FAILED, "no task: " + e.getMessage(), now);
            runtime.transactions().inTransaction(() -> {
                nurture.finishRun(failed);
                runtime.recordEvents(List.of(ran(failed, lead.id())));
                return null;
            });
            return failed;
        }
    }

    /**
     * Times as databases keep them (whole microseconds), so that a step due "now" is due for the
     * same "now" whether the store rounds or truncates the nanoseconds away.
     */
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static String fill(String text, LeadView lead) {
        return text.replace("{{name}}", lead.name()).replace("{{company}}", lead.company() == null ? "" : lead.company());
    }

    /** Why a lead in this status leaves (or may not join) nurturing; null when it may stay. */
    static String leaveReason(LeadStatus status) {
        return switch (status) {
            case CONVERTED, MERGED, UNQUALIFIED -> "the lead is " + status.name().toLowerCase(java.util.Locale.ROOT);
            default -> null;
        };
    }

    private NurtureSequence loadSequence(NurtureSequenceId id) {
        return nurture.findSequence(context.tenantId(), id).orElseThrow(() -> new NotFoundException(SEQUENCE_TYPE, id));
    }

    private Enrolment loadEnrolment(EnrolmentId id) {
        return nurture.findEnrolment(context.tenantId(), id).orElseThrow(() -> new NotFoundException(ENROLMENT_TYPE, id));
    }

    private static RecordAccess leadAccess(LeadView lead) {
        return new RecordAccess(LEAD_TYPE, lead.id().toString(), lead.ownerId());
    }
}
