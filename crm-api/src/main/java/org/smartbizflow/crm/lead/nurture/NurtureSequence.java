package org.smartbizflow.crm.lead.nurture;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * A nurture sequence: timed steps a lead goes through once enrolled. Checked when defined so
 * that it always runs: keys are unique, branches jump to steps that exist, and every loop
 * passes a wait (a loop without one would mail a lead as fast as the scheduler runs).
 * Immutable once defined; a changed campaign is a new sequence.
 */
public final class NurtureSequence {

    public static final int NAME_MAX = 200;
    public static final int STEPS_MAX = 100;

    private final NurtureSequenceId id;
    private final TenantId tenantId;
    private final String name;
    private final List<NurtureStep> steps;
    private final BusinessCalendar calendar;
    private final Instant createdAt;
    private final Map<String, Integer> indexByKey = new HashMap<>();

    private NurtureSequence(NurtureSequenceId id, TenantId tenantId, String name, List<NurtureStep> steps,
                            BusinessCalendar calendar, Instant createdAt) {
        this.id = Preconditions.notNull(id, "id");
        this.tenantId = Preconditions.notNull(tenantId, "tenantId");
        this.name = Preconditions.maxLength(Preconditions.notBlank(name, "name"), NAME_MAX, "name");
        this.steps = List.copyOf(Preconditions.notNull(steps, "steps"));
        this.calendar = Preconditions.notNull(calendar, "calendar");
        this.createdAt = Preconditions.notNull(createdAt, "createdAt");
        Preconditions.check(!this.steps.isEmpty(), "steps", "a sequence needs at least one step");
        Preconditions.check(this.steps.size() <= STEPS_MAX, "steps", "at most " + STEPS_MAX + " steps");
        for (int i = 0; i < this.steps.size(); i++) {
            String key = this.steps.get(i).key();
            Preconditions.check(!NurtureStep.END.equals(key), "steps", "'" + NurtureStep.END + "' is reserved");
            Preconditions.check(indexByKey.put(key, i) == null, "steps", "step key " + key + " is used twice");
        }
        for (NurtureStep step : this.steps) {
            if (step instanceof NurtureStep.Branch branch) {
                checkTarget(branch.ifEngaged());
                checkTarget(branch.otherwise());
                if (branch.emailStep() != null) {
                    Integer email = indexByKey.get(branch.emailStep());
                    Preconditions.check(email != null && this.steps.get(email) instanceof NurtureStep.SendEmail,
                            "steps", "branch " + branch.key() + " asks about " + branch.emailStep()
                                    + ", which is not an e-mail step of this sequence");
                }
            }
        }
        checkEveryLoopWaits();
    }

    /** A new sequence. */
    public static NurtureSequence define(NurtureSequenceId id, TenantId tenantId, String name, List<NurtureStep> steps,
                                         BusinessCalendar calendar, Instant now) {
        return new NurtureSequence(id, tenantId, name, steps, calendar, now);
    }

    /** Rebuilds a stored sequence. */
    public static NurtureSequence restore(NurtureSequenceId id, TenantId tenantId, String name, List<NurtureStep> steps,
                                          BusinessCalendar calendar, Instant createdAt) {
        return new NurtureSequence(id, tenantId, name, steps, calendar, createdAt);
    }

    private void checkTarget(String key) {
        Preconditions.check(NurtureStep.END.equals(key) || indexByKey.containsKey(key), "steps",
                "a branch jumps to unknown step " + key);
    }

    /** Depth-first search over the moves that take no time; a wait ends every path. */
    private void checkEveryLoopWaits() {
        int[] state = new int[steps.size()]; // 0 unseen, 1 on the path, 2 done
        for (int i = 0; i < steps.size(); i++) {
            visit(i, state);
        }
    }

    private void visit(int index, int[] state) {
        if (index < 0 || state[index] == 2) {
            return;
        }
        Preconditions.check(state[index] != 1, "steps",
                "the steps loop through " + steps.get(index).key() + " without a wait");
        NurtureStep step = steps.get(index);
        if (step instanceof NurtureStep.Wait) {
            state[index] = 2;
            return;
        }
        state[index] = 1;
        if (step instanceof NurtureStep.Branch branch) {
            visit(indexOf(branch.ifEngaged()), state);
            visit(indexOf(branch.otherwise()), state);
        } else {
            visit(index + 1 < steps.size() ? index + 1 : -1, state);
        }
        state[index] = 2;
    }

    private int indexOf(String key) {
        return NurtureStep.END.equals(key) ? -1 : indexByKey.get(key);
    }

    /**
     * Where an enrolment goes after running the step at {@code index} at {@code now}.
     *
     * @param engaged for a branch, whether the engagement it asks for happened; ignored otherwise
     */
    public Next after(int index, Instant now, boolean engaged) {
        NurtureStep step = step(index);
        if (step instanceof NurtureStep.Branch branch) {
            return new Next(indexOf(engaged ? branch.ifEngaged() : branch.otherwise()), now);
        }
        int following = index + 1 < steps.size() ? index + 1 : -1;
        if (step instanceof NurtureStep.Wait wait) {
            Instant due = wait.unit() == NurtureStep.WaitUnit.DAYS
                    ? now.plus(Duration.ofDays(wait.amount()))
                    : calendar.plusBusinessHours(now, wait.amount());
            return new Next(following, due);
        }
        return new Next(following, now);
    }

    /**
     * The step an enrolment runs next and when it is due.
     *
     * @param index the step index, or -1 when the sequence has ended
     * @param dueAt when that step is due
     */
    public record Next(int index, Instant dueAt) {

        public boolean ends() {
            return index < 0;
        }
    }

    public NurtureStep step(int index) {
        Preconditions.check(index >= 0 && index < steps.size(), "step", "no step " + index + " in sequence " + id);
        return steps.get(index);
    }

    public NurtureSequenceId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    public List<NurtureStep> steps() {
        return steps;
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
