package org.smartbizflow.crm.lead.nurture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.shared.InvalidStateTransition;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * One lead going through one nurture sequence. The aggregate whose version makes each step
 * run at most once: a scheduler claims a step by advancing the enrolment past it, and only
 * one of two racing schedulers can store that advance.
 */
public final class Enrolment {

    public static final int REASON_MAX = 200;

    private final EnrolmentId id;
    private final TenantId tenantId;
    private final NurtureSequenceId sequenceId;
    private final LeadId leadId;
    private EnrolmentStatus status;
    private int step;
    private long run;
    private Instant dueAt;
    private final Instant enrolledAt;
    private Instant endedAt;
    private String endReason;
    private final long version;
    private final List<NurtureEvent> events = new ArrayList<>();

    private Enrolment(EnrolmentView state) {
        this.id = state.id();
        this.tenantId = state.tenantId();
        this.sequenceId = state.sequenceId();
        this.leadId = state.leadId();
        this.status = state.status();
        this.step = state.step();
        this.run = state.run();
        this.dueAt = state.dueAt();
        this.enrolledAt = state.enrolledAt();
        this.endedAt = state.endedAt();
        this.endReason = state.endReason();
        this.version = state.version();
    }

    /** A new enrolment whose first step is due at once. */
    public static Enrolment enrol(EnrolmentId id, TenantId tenantId, NurtureSequenceId sequenceId, LeadId leadId,
                                  Instant now) {
        Preconditions.notNull(now, "now");
        Enrolment enrolment = new Enrolment(new EnrolmentView(id, tenantId, sequenceId, leadId, EnrolmentStatus.ACTIVE,
                0, 0, now, now, null, null, 0));
        enrolment.events.add(new NurtureEvent.LeadEnrolled(tenantId, id, leadId, sequenceId, now));
        return enrolment;
    }

    /** Rebuilds a stored enrolment. */
    public static Enrolment restore(EnrolmentView state) {
        return new Enrolment(Preconditions.notNull(state, "state"));
    }

    /**
     * Moves past the current step (its run number is used up) to the next one, or completes
     * the enrolment when the sequence ends.
     */
    public void advance(NurtureSequence.Next next, Instant now) {
        Preconditions.notNull(next, "next");
        if (status != EnrolmentStatus.ACTIVE) {
            throw new InvalidStateTransition("Enrolment", status, EnrolmentStatus.ACTIVE);
        }
        run++;
        if (next.ends()) {
            status = EnrolmentStatus.COMPLETED;
            dueAt = null;
            endedAt = Preconditions.notNull(now, "now");
            events.add(new NurtureEvent.EnrolmentFinished(tenantId, id, leadId, status, null, now));
        } else {
            step = next.index();
            dueAt = Preconditions.notNull(next.dueAt(), "dueAt");
        }
    }

    /**
     * Ends the enrolment before its sequence does (unenrolled, or the lead left the funnel).
     *
     * @return false when it was not active (nothing changes)
     */
    public boolean end(String reason, Instant now) {
        if (status != EnrolmentStatus.ACTIVE) {
            return false;
        }
        status = EnrolmentStatus.ENDED;
        endReason = Preconditions.maxLength(Preconditions.notBlank(reason, "reason"), REASON_MAX, "reason");
        endedAt = Preconditions.notNull(now, "now");
        dueAt = null;
        events.add(new NurtureEvent.EnrolmentFinished(tenantId, id, leadId, status, endReason, now));
        return true;
    }

    /** Events recorded since the enrolment was created or loaded; the list is cleared. */
    public List<NurtureEvent> pullEvents() {
        List<NurtureEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public EnrolmentView view() {
        return new EnrolmentView(id, tenantId, sequenceId, leadId, status, step, run, dueAt, enrolledAt, endedAt,
                endReason, version);
    }

    public EnrolmentId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public LeadId leadId() {
        return leadId;
    }

    public NurtureSequenceId sequenceId() {
        return sequenceId;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public int step() {
        return step;
    }

    public long run() {
        return run;
    }

    public long version() {
        return version;
    }
}
