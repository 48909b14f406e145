package org.smartbizflow.crm.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.InvalidStateTransition;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * A prospective customer not yet qualified: the aggregate that guards the lead lifecycle
 * ({@link LeadStatus}) and records what happened to it as events.
 *
 * <p>Create new leads with {@link #capture}; rebuild stored ones with {@link #restore}.
 * Time is always passed in, never read here.
 */
public final class Lead {

    public static final int NAME_MAX = 200;
    public static final int COMPANY_MAX = 200;

    private final LeadId id;
    private final TenantId tenantId;
    private UserId ownerId;
    private String name;
    private String company;
    private EmailAddress email;
    private PhoneNumber phone;
    private final LeadSource source;
    private final long version;
    private final Instant createdAt;
    private LeadStatus status;
    private Instant updatedAt;
    private LeadId mergedInto;
    private Qualification qualification;
    private final List<LeadEvent> events = new ArrayList<>();

    private Lead(LeadView state) {
        this.id = state.id();
        this.tenantId = state.tenantId();
        this.ownerId = state.ownerId();
        this.name = state.name();
        this.company = state.company();
        this.email = state.email();
        this.phone = state.phone();
        this.source = state.source();
        this.status = state.status();
        this.version = state.version();
        this.createdAt = state.createdAt();
        this.updatedAt = state.updatedAt();
        this.mergedInto = state.mergedInto();
        this.qualification = state.qualification();
    }

    /** A new lead in status NEW, recording {@link LeadEvent.LeadCaptured}. */
    public static Lead capture(LeadId id, TenantId tenantId, UserId ownerId, String name, String company,
                               EmailAddress email, PhoneNumber phone, LeadSource source, Instant now) {
        String cleanName = Preconditions.maxLength(Preconditions.notBlank(name, "name"), NAME_MAX, "name");
        String cleanCompany = Preconditions.maxLength(Preconditions.blankToNull(company), COMPANY_MAX, "company");
        Preconditions.notNull(now, "now");
        Lead lead = new Lead(new LeadView(id, tenantId, ownerId, cleanName, cleanCompany, email, phone, source,
                LeadStatus.NEW, 0, now, now));
        lead.events.add(new LeadEvent.LeadCaptured(tenantId, id, source, ownerId, now));
        return lead;
    }

    /** Rebuilds a stored lead; records no events. */
    public static Lead restore(LeadView state) {
        return new Lead(Objects.requireNonNull(state, "state"));
    }

    /**
     * Moves the lead to another status, or says why it cannot.
     *
     * @return {@link StatusChange.Changed} after a move, {@link StatusChange.Unchanged} when
     *         the lead already has that status, {@link StatusChange.Refused} when the
     *         lifecycle forbids the move (nothing changes then)
     */
    public StatusChange changeStatus(LeadStatus target, UserId actor, Instant now) {
        Preconditions.notNull(target, "status");
        if (target == status) {
            return new StatusChange.Unchanged(status);
        }
        if (!status.canMoveTo(target)) {
            return new StatusChange.Refused(status, target, status.successors(),
                    status.isFinal() ? finalReason() : "the lead lifecycle does not allow " + status + " -> " + target);
        }
        LeadStatus from = status;
        status = target;
        updatedAt = now;
        events.add(new LeadEvent.LeadStatusChanged(tenantId, id, from, target, actor, now));
        return new StatusChange.Changed(from, target);
    }

    /**
     * Hands the lead to another owner. A converted or merged lead is final and refuses.
     *
     * @return the change made, or empty when the lead already had that owner
     */
    public DetailsChange assignTo(UserId newOwner, UserId actor, Instant now) {
        Preconditions.notNull(newOwner, "owner");
        if (status.isFinal()) {
            return new DetailsChange.Refused(finalReason());
        }
        FieldChange change = FieldChange.between("owner", ownerId, newOwner);
        if (change == null) {
            return new DetailsChange.Applied(List.of());
        }
        UserId previous = ownerId;
        ownerId = newOwner;
        updatedAt = now;
        events.add(new LeadEvent.LeadAssigned(tenantId, id, previous, newOwner, actor, now));
        return new DetailsChange.Applied(List.of(change));
    }

    /**
     * Corrects the lead's name, company, e-mail and phone (null company, e-mail or phone
     * clears the field). A converted or merged lead is final and refuses.
     */
    public DetailsChange updateDetails(String newName, String newCompany, EmailAddress newEmail, PhoneNumber newPhone,
                                       UserId actor, Instant now) {
        String cleanName = Preconditions.maxLength(Preconditions.notBlank(newName, "name"), NAME_MAX, "name");
        String cleanCompany = Preconditions.maxLength(Preconditions.blankToNull(newCompany), COMPANY_MAX, "company");
        if (status.isFinal()) {
            return new DetailsChange.Refused(finalReason());
        }
        List<FieldChange> changes = new ArrayList<>();
        addChange(changes, FieldChange.between("name", name, cleanName));
        addChange(changes, FieldChange.between("company", company, cleanCompany));
        addChange(changes, FieldChange.between("email", email, newEmail));
        addChange(changes, FieldChange.between("phone", phone, newPhone));
        if (!changes.isEmpty()) {
            name = cleanName;
            company = cleanCompany;
            email = newEmail;
            phone = newPhone;
            updatedAt = now;
            events.add(new LeadEvent.LeadDetailsChanged(tenantId, id, changes, actor, now));
        }
        return new DetailsChange.Applied(changes);
    }

    private static void addChange(List<FieldChange> changes, FieldChange change) {
        if (change != null) {
            changes.add(change);
        }
    }

    /**
     * Records the qualification findings and moves the lead to QUALIFIED; any earlier
     * disqualification reason is cleared.
     */
    public StatusChange qualify(Qualification findings, UserId actor, Instant now) {
        Preconditions.notNull(findings, "qualification");
        StatusChange change = changeStatus(LeadStatus.QUALIFIED, actor, now);
        if (!(change instanceof StatusChange.Refused)) {
            qualification = findings.cleared();
            updatedAt = now;
        }
        return change;
    }

    /** Moves the lead to UNQUALIFIED and records why, keeping what qualification found. */
    public StatusChange disqualify(ReasonCode reason, String note, UserId actor, Instant now) {
        Preconditions.notNull(reason, "reason");
        StatusChange change = changeStatus(LeadStatus.UNQUALIFIED, actor, now);
        if (!(change instanceof StatusChange.Refused)) {
            Qualification base = qualification != null ? qualification : Qualification.bant(null, null, null, null);
            qualification = base.disqualified(reason, note);
            updatedAt = now;
        }
        return change;
    }

    /**
     * Takes another lead in: the survivor (this lead) keeps its identity and takes the chosen
     * fields from the other, which becomes a MERGED tombstone pointing here. Merging a lead
     * that is already merged into this one changes nothing and says so.
     */
    public MergeResult absorb(Lead other, MergeChoices choices, UserId actor, Instant now) {
        Preconditions.notNull(other, "other");
        Preconditions.notNull(choices, "choices");
        if (other.id.equals(id)) {
            return new MergeResult.Refused("a lead cannot be merged into itself");
        }
        if (other.status == LeadStatus.MERGED && id.equals(other.mergedInto)) {
            return new MergeResult.AlreadyMerged(id, other.id);
        }
        if (status.isFinal()) {
            return new MergeResult.Refused("the survivor " + id + " is " + status + " and cannot change");
        }
        if (other.status.isFinal()) {
            return new MergeResult.Refused("lead " + other.id + " is " + other.status + " and cannot be merged");
        }
        List<FieldChange> changes = new ArrayList<>();
        DetailsChange details = updateDetails(
                choices.pick(MergeChoices.Field.NAME, name, other.name),
                choices.pick(MergeChoices.Field.COMPANY, company, other.company),
                choices.pick(MergeChoices.Field.EMAIL, email, other.email),
                choices.pick(MergeChoices.Field.PHONE, phone, other.phone), actor, now);
        changes.addAll(((DetailsChange.Applied) details).changes());
        DetailsChange owner = assignTo(choices.pick(MergeChoices.Field.OWNER, ownerId, other.ownerId), actor, now);
        changes.addAll(((DetailsChange.Applied) owner).changes());
        LeadStatus otherBefore = other.status;
        other.status = LeadStatus.MERGED;
        other.mergedInto = id;
        other.updatedAt = now;
        events.add(new LeadEvent.LeadsMerged(tenantId, id, other.id, actor, now));
        return new MergeResult.Merged(id, other.id, changes, otherBefore);
    }

    /** Like {@link #changeStatus} for callers that have checked the move: a refusal is a bug. */
    public void moveTo(LeadStatus target, UserId actor, Instant now) {
        if (changeStatus(target, actor, now) instanceof StatusChange.Refused) {
            throw new InvalidStateTransition("Lead", status, target);
        }
    }

    private String finalReason() {
        return "a " + status.name().toLowerCase(java.util.Locale.ROOT) + " lead is final";
    }

    /** Events recorded since the lead was created or loaded; the list is cleared. */
    public List<LeadEvent> pullEvents() {
        List<LeadEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public LeadView view() {
        return new LeadView(id, tenantId, ownerId, name, company, email, phone, source, status, version,
                createdAt, updatedAt, mergedInto, qualification);
    }

    public LeadId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public UserId ownerId() {
        return ownerId;
    }

    public LeadStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}
