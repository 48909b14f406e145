package org.smartbizflow.crm.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.List;
import java.util.Objects;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.InvalidStateTransition;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.Tag;
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
    /** The most tags one lead may carry. */
    public static final int MAX_TAGS = 50;

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
    private Attribution attribution;
    private CustomFields customFields;
    private SortedSet<Tag> tags;
    private Integer score;
    private Instant qualifiedAt;
    private Instant convertedAt;
    private Conversion conversion;
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
        this.attribution = state.attribution();
        this.customFields = state.customFields();
        this.tags = state.tags();
        this.score = state.score();
        this.qualifiedAt = state.qualifiedAt();
        this.convertedAt = state.convertedAt();
        this.conversion = state.conversion();
    }

    /** A new lead in status NEW, recording {@link LeadEvent.LeadCaptured}. */
    public static Lead capture(LeadId id, TenantId tenantId, UserId ownerId, String name, String company,
                               EmailAddress email, PhoneNumber phone, LeadSource source, Instant now) {
        return capture(id, tenantId, ownerId, name, company, email, phone, source, Attribution.none(),
                CustomFields.none(), Set.of(), now);
    }

    /**
     * A new lead in status NEW with its campaign attribution, custom fields and tags,
     * recording {@link LeadEvent.LeadCaptured}.
     */
    public static Lead capture(LeadId id, TenantId tenantId, UserId ownerId, String name, String company,
                               EmailAddress email, PhoneNumber phone, LeadSource source, Attribution attribution,
                               CustomFields customFields, Set<Tag> tags, Instant now) {
        String cleanName = Preconditions.maxLength(Preconditions.notBlank(name, "name"), NAME_MAX, "name");
        String cleanCompany = Preconditions.maxLength(Preconditions.blankToNull(company), COMPANY_MAX, "company");
        Preconditions.notNull(now, "now");
        checkTagCount(tags);
        Lead lead = new Lead(new LeadView(id, tenantId, ownerId, cleanName, cleanCompany, email, phone, source,
                LeadStatus.NEW, 0, now, now, null, null, attribution, customFields, tags == null ? null : new TreeSet<>(tags),
                null, null, null, null));
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
     * <p>CONVERTED is refused here: a lead becomes CONVERTED only through {@link #convert},
     * which records the account, contact and opportunity it became (a plain status change
     * would leave a converted lead pointing at nothing).
     *
     * @return {@link StatusChange.Changed} after a move, {@link StatusChange.Unchanged} when
     *         the lead already has that status, {@link StatusChange.Refused} when the
     *         lifecycle forbids the move (nothing changes then)
     */
    public StatusChange changeStatus(LeadStatus target, UserId actor, Instant now) {
        Preconditions.notNull(target, "status");
        if (target == LeadStatus.CONVERTED && status != LeadStatus.CONVERTED) {
            java.util.Set<LeadStatus> allowed = java.util.EnumSet.noneOf(LeadStatus.class);
            allowed.addAll(status.successors());
            allowed.remove(LeadStatus.CONVERTED);
            return new StatusChange.Refused(status, target, allowed, status.isFinal() ? finalReason()
                    : "a lead is converted only by converting it (into an account, a contact and optionally an "
                    + "opportunity), not by a status change");
        }
        return move(target, actor, now);
    }

    private StatusChange move(LeadStatus target, UserId actor, Instant now) {
        if (target == status) {
            return new StatusChange.Unchanged(status);
        }
        if (!status.canMoveTo(target)) {
            java.util.Set<LeadStatus> allowed = java.util.EnumSet.noneOf(LeadStatus.class);
            allowed.addAll(status.successors());
            allowed.remove(LeadStatus.CONVERTED);
            return new StatusChange.Refused(status, target, allowed,
                    status.isFinal() ? finalReason() : "the lead lifecycle does not allow " + status + " -> " + target);
        }
        LeadStatus from = status;
        status = target;
        updatedAt = now;
        if (target == LeadStatus.QUALIFIED && qualifiedAt == null) {
            qualifiedAt = now;
        }
        if (target == LeadStatus.CONVERTED) {
            convertedAt = now;
        }
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
        // tags are labels, so the survivor carries both leads' tags; custom fields and the
        // campaign attribution fill only what the survivor lacks
        changes.addAll(((DetailsChange.Applied) tag(other.tags, actor, now)).changes());
        Map<String, CustomValue> missing = new TreeMap<>();
        other.customFields.values().forEach((key, value) -> {
            if (customFields.get(key).isEmpty()) {
                missing.put(key, value);
            }
        });
        changes.addAll(((DetailsChange.Applied) updateCustomFields(missing, actor, now)).changes());
        if (attribution.isEmpty() && !other.attribution.isEmpty()) {
            changes.addAll(((DetailsChange.Applied) attribute(other.attribution, actor, now)).changes());
        }
        LeadStatus otherBefore = other.status;
        other.status = LeadStatus.MERGED;
        other.mergedInto = id;
        other.updatedAt = now;
        events.add(new LeadEvent.LeadsMerged(tenantId, id, other.id, actor, now));
        return new MergeResult.Merged(id, other.id, changes, otherBefore);
    }

    /**
     * Converts a qualified lead, recording what it became. Converting a lead that is already
     * converted into the same records changes nothing.
     */
    public StatusChange convert(Conversion into, UserId actor, Instant now) {
        Preconditions.notNull(into, "conversion");
        if (status == LeadStatus.CONVERTED) {
            return new StatusChange.Unchanged(status);
        }
        StatusChange change = move(LeadStatus.CONVERTED, actor, now);
        if (change instanceof StatusChange.Changed) {
            conversion = into;
            events.add(new LeadEvent.LeadConverted(tenantId, id, into.accountId(), into.contactId(),
                    into.opportunityId(), source, attribution.campaignId(), ownerId, actor, now));
        }
        return change;
    }

    /** Replaces the campaign attribution; one audit change per part that differs. */
    public DetailsChange attribute(Attribution newAttribution, UserId actor, Instant now) {
        Attribution target = newAttribution == null ? Attribution.none() : newAttribution;
        if (status.isFinal()) {
            return new DetailsChange.Refused(finalReason());
        }
        List<FieldChange> changes = new ArrayList<>();
        Map<String, String> after = target.parts();
        attribution.parts().forEach((field, before) -> addChange(changes,
                FieldChange.between(field, before, after.get(field))));
        return applied(changes, () -> attribution = target, actor, now);
    }

    /**
     * Sets, changes or removes custom fields: each entry with a value sets that key, each
     * entry with a null value removes it; keys not named stay as they are. Audit fields are
     * {@code custom.<key>}.
     */
    public DetailsChange updateCustomFields(Map<String, CustomValue> updates, UserId actor, Instant now) {
        Preconditions.notNull(updates, "customFields");
        if (status.isFinal()) {
            return new DetailsChange.Refused(finalReason());
        }
        CustomFields result = customFields;
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, CustomValue> update : new TreeMap<>(updates).entrySet()) {
            String key = CustomFields.checkKey(update.getKey());
            CustomValue old = result.get(key).orElse(null);
            CustomValue next = update.getValue();
            if (!Objects.equals(old, next)) {
                changes.add(new FieldChange("custom." + key, old == null ? null : old.asText(),
                        next == null ? null : next.asText()));
                result = next == null ? result.without(key) : result.with(key, next);
            }
        }
        CustomFields target = result;
        return applied(changes, () -> customFields = target, actor, now);
    }

    /** Adds the tags the lead does not carry yet; the audit records the tag list before and after. */
    public DetailsChange tag(Set<Tag> added, UserId actor, Instant now) {
        Preconditions.notNull(added, "tags");
        TreeSet<Tag> target = new TreeSet<>(tags);
        target.addAll(added);
        return retag(target, actor, now);
    }

    /** Removes these tags where the lead carries them. */
    public DetailsChange untag(Set<Tag> removed, UserId actor, Instant now) {
        Preconditions.notNull(removed, "tags");
        TreeSet<Tag> target = new TreeSet<>(tags);
        target.removeAll(removed);
        return retag(target, actor, now);
    }

    /** Replaces the lead's tags with exactly these. */
    public DetailsChange retag(Set<Tag> newTags, UserId actor, Instant now) {
        Preconditions.notNull(newTags, "tags");
        checkTagCount(newTags);
        if (status.isFinal()) {
            return new DetailsChange.Refused(finalReason());
        }
        TreeSet<Tag> target = new TreeSet<>(newTags);
        List<FieldChange> changes = new ArrayList<>();
        addChange(changes, FieldChange.between("tags", tagText(tags), tagText(target)));
        return applied(changes, () -> tags = Collections.unmodifiableSortedSet(target), actor, now);
    }

    /**
     * Records the latest score (0 to 100) that a scorer gave the lead; null clears it. Scores
     * are kept on final leads too, since scoring models learn from converted ones.
     */
    public DetailsChange rescore(Integer newScore, UserId actor, Instant now) {
        Preconditions.check(newScore == null || (newScore >= 0 && newScore <= 100), "score",
                "must be between 0 and 100");
        List<FieldChange> changes = new ArrayList<>();
        addChange(changes, FieldChange.between("score", score, newScore));
        return applied(changes, () -> score = newScore, actor, now);
    }

    private DetailsChange applied(List<FieldChange> changes, Runnable apply, UserId actor, Instant now) {
        if (!changes.isEmpty()) {
            apply.run();
            updatedAt = now;
            events.add(new LeadEvent.LeadDetailsChanged(tenantId, id, changes, actor, now));
        }
        return new DetailsChange.Applied(changes);
    }

    /** The tags as one comma-separated text, or null for none: the form the audit log and CSV use. */
    public static String tagText(Set<Tag> tags) {
        if (tags.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Tag tag : new TreeSet<>(tags)) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(tag.value());
        }
        return text.toString();
    }

    private static void checkTagCount(Set<Tag> tags) {
        Preconditions.check(tags == null || tags.size() <= MAX_TAGS, "tags", "at most " + MAX_TAGS + " tags per lead");
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
                createdAt, updatedAt, mergedInto, qualification, attribution, customFields, tags, score, qualifiedAt,
                convertedAt, conversion);
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

    public Conversion conversion() {
        return conversion;
    }
}
