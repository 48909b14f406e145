package org.smartbizflow.crm.contact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * A person the tenant deals with: the aggregate that guards a contact's profile, owner and
 * reporting line, and records what happened to it as events.
 *
 * <p>Create new contacts with {@link #create}; rebuild stored ones with {@link #restore}.
 * Time is always passed in, never read here. An erased contact (GDPR) is an anonymous shell
 * that refuses every further change.
 */
public final class Contact {

    /** The name an erased contact keeps: no personal value, but a valid profile. */
    public static final String ERASED_NAME = "(erased)";

    private final ContactId id;
    private final TenantId tenantId;
    private UserId ownerId;
    private ContactProfile profile;
    private ContactId reportsTo;
    private final long version;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant erasedAt;
    private final List<ContactEvent> events = new ArrayList<>();

    private Contact(ContactView state) {
        this.id = state.id();
        this.tenantId = state.tenantId();
        this.ownerId = state.ownerId();
        this.profile = state.profile();
        this.reportsTo = state.reportsTo();
        this.version = state.version();
        this.createdAt = state.createdAt();
        this.updatedAt = state.updatedAt();
        this.erasedAt = state.erasedAt();
    }

    /**
     * A new contact, recording {@link ContactEvent.ContactCreated}. The reporting line is set
     * afterwards with {@link #reportTo}, which needs the manager's own chain.
     */
    public static Contact create(ContactId id, TenantId tenantId, UserId ownerId, ContactProfile profile,
                                 UserId actor, Instant now) {
        Preconditions.notNull(now, "now");
        Contact contact = new Contact(new ContactView(id, tenantId, ownerId, profile, null, 0, now, now, null));
        contact.events.add(new ContactEvent.ContactCreated(tenantId, id, ownerId, actor, now));
        return contact;
    }

    /** Rebuilds a stored contact; records no events. */
    public static Contact restore(ContactView state) {
        return new Contact(Objects.requireNonNull(state, "state"));
    }

    /** Replaces the profile; the result lists the fields that differ. An erased contact refuses. */
    public ContactChange updateProfile(ContactProfile newProfile, UserId actor, Instant now) {
        Preconditions.notNull(newProfile, "profile");
        if (erasedAt != null) {
            return erasedRefusal();
        }
        List<FieldChange> changes = differences(profile, newProfile);
        if (!changes.isEmpty()) {
            profile = newProfile;
            updatedAt = now;
            events.add(new ContactEvent.ContactProfileChanged(tenantId, id, changes, actor, now));
        }
        return new ContactChange.Applied(changes);
    }

    /** The fields that differ between two profiles, in text form for the audit log. */
    public static List<FieldChange> differences(ContactProfile before, ContactProfile after) {
        List<FieldChange> changes = new ArrayList<>();
        add(changes, FieldChange.between("name", before.name(), after.name()));
        add(changes, FieldChange.between("emails", emailsText(before.emails()), emailsText(after.emails())));
        add(changes, FieldChange.between("phones", phonesText(before.phones()), phonesText(after.phones())));
        add(changes, FieldChange.between("jobTitle", before.jobTitle(), after.jobTitle()));
        add(changes, FieldChange.between("accountId", before.accountId(), after.accountId()));
        add(changes, FieldChange.between("socialHandles", joined(before.socialHandles()),
                joined(after.socialHandles())));
        add(changes, FieldChange.between("preferredLanguage", languageTag(before), languageTag(after)));
        add(changes, FieldChange.between("timeZone", before.timeZone(), after.timeZone()));
        add(changes, FieldChange.between("tags", joined(before.tags()), joined(after.tags())));
        before.customFields().values().forEach((key, value) -> add(changes, FieldChange.between("custom." + key,
                value.asText(), after.customFields().get(key).map(v -> v.asText()).orElse(null))));
        after.customFields().values().forEach((key, value) -> {
            if (before.customFields().get(key).isEmpty()) {
                add(changes, FieldChange.between("custom." + key, null, value.asText()));
            }
        });
        return changes;
    }

    private static String languageTag(ContactProfile profile) {
        return profile.preferredLanguage() == null ? null : profile.preferredLanguage().toLanguageTag();
    }

    private static String emailsText(List<ContactEmail> emails) {
        return emails.isEmpty() ? null : emails.stream()
                .map(e -> (e.primary() ? "*" : "") + e.address() + (e.label() == null ? "" : " (" + e.label() + ")"))
                .collect(Collectors.joining(", "));
    }

    private static String phonesText(List<ContactPhone> phones) {
        return phones.isEmpty() ? null : phones.stream()
                .map(p -> (p.primary() ? "*" : "") + p.number() + (p.label() == null ? "" : " (" + p.label() + ")"))
                .collect(Collectors.joining(", "));
    }

    private static String joined(Collection<?> values) {
        return values.isEmpty() ? null : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static void add(List<FieldChange> changes, FieldChange change) {
        if (change != null) {
            changes.add(change);
        }
    }

    /** Hands the contact to another owner. An erased contact refuses. */
    public ContactChange assignTo(UserId newOwner, UserId actor, Instant now) {
        Preconditions.notNull(newOwner, "owner");
        if (erasedAt != null) {
            return erasedRefusal();
        }
        FieldChange change = FieldChange.between("owner", ownerId, newOwner);
        if (change == null) {
            return new ContactChange.Applied(List.of());
        }
        UserId previous = ownerId;
        ownerId = newOwner;
        updatedAt = now;
        events.add(new ContactEvent.ContactAssigned(tenantId, id, previous, newOwner, actor, now));
        return new ContactChange.Applied(List.of(change));
    }

    /**
     * Sets (or, with null, clears) the contact's manager. A reporting line never loops: the
     * move is refused when the manager is this contact or reports to it, directly or through
     * others.
     *
     * @param manager      the new manager, or null for none
     * @param managerChain the managers above {@code manager}, nearest first, as stored now
     *                     (empty when {@code manager} is null or reports to nobody)
     */
    public ContactChange reportTo(ContactId manager, List<ContactId> managerChain, UserId actor, Instant now) {
        Preconditions.notNull(managerChain, "managerChain");
        if (erasedAt != null) {
            return erasedRefusal();
        }
        if (id.equals(manager)) {
            return new ContactChange.Refused("a contact cannot report to itself");
        }
        if (manager != null && managerChain.contains(id)) {
            return new ContactChange.Refused("contact " + manager + " already reports to " + id
                    + " (directly or through others), so " + id + " cannot report to it");
        }
        FieldChange change = FieldChange.between("reportsTo", reportsTo, manager);
        if (change == null) {
            return new ContactChange.Applied(List.of());
        }
        ContactId previous = reportsTo;
        reportsTo = manager;
        updatedAt = now;
        events.add(new ContactEvent.ContactReportsToChanged(tenantId, id, previous, manager, actor, now));
        return new ContactChange.Applied(List.of(change));
    }

    /**
     * Replaces every personal value with an anonymous one (GDPR art. 17): the name becomes
     * {@link #ERASED_NAME}, channels, job title, social handles, language, time zone, custom
     * fields and tags are cleared. The account link, owner and dates stay, because they are
     * about the tenant's business rather than the person. Erasing twice changes nothing more.
     *
     * @return the fields that were cleared
     */
    public ContactChange erase(UserId actor, Instant now) {
        if (erasedAt != null) {
            return new ContactChange.Applied(List.of());
        }
        ContactProfile anonymous = ContactProfile.named(ERASED_NAME).withAccount(profile.accountId());
        List<FieldChange> changes = differences(profile, anonymous);
        profile = anonymous;
        erasedAt = now;
        updatedAt = now;
        events.add(new ContactEvent.ContactErased(tenantId, id, actor, now));
        return new ContactChange.Applied(changes);
    }

    private ContactChange.Refused erasedRefusal() {
        return new ContactChange.Refused("contact " + id + " was erased and cannot change");
    }

    /** Events recorded since the contact was created or loaded; the list is cleared. */
    public List<ContactEvent> pullEvents() {
        List<ContactEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public ContactView view() {
        return new ContactView(id, tenantId, ownerId, profile, reportsTo, version, createdAt, updatedAt, erasedAt);
    }

    public ContactId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public UserId ownerId() {
        return ownerId;
    }

    public ContactProfile profile() {
        return profile;
    }

    public ContactId reportsTo() {
        return reportsTo;
    }

    public long version() {
        return version;
    }

    public boolean erased() {
        return erasedAt != null;
    }
}
