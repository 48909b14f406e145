package org.smartbizflow.crm.activity;

import java.util.Locale;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.UserId;

/**
 * Someone invited to a meeting or call: a user of the host (their calendar shows it and
 * their conflicts count it), a CRM contact, or an outside address known only by e-mail (as
 * calendar files bring them).
 *
 * @param kind  user, contact or external
 * @param key   the user id, the contact id, or the e-mail address for an external attendee
 * @param name  display name, or null
 * @param email e-mail address, or null (required for external attendees)
 */
public record Attendee(Kind kind, String key, String name, EmailAddress email) {

    /** Who an attendee is to the CRM. */
    public enum Kind {
        USER, CONTACT, EXTERNAL
    }

    public static final int NAME_MAX = 200;

    public Attendee {
        Preconditions.notNull(kind, "attendee.kind");
        key = Preconditions.maxLength(Preconditions.notBlank(key, "attendee.key"), 254, "attendee.key");
        name = Preconditions.maxLength(Preconditions.blankToNull(name), NAME_MAX, "attendee.name");
        if (kind == Kind.EXTERNAL) {
            Preconditions.notNull(email, "attendee.email");
            key = email.value();
        }
        if (kind == Kind.CONTACT) {
            ContactId.parse(key);
        }
    }

    public static Attendee user(UserId user) {
        return new Attendee(Kind.USER, user.value(), null, null);
    }

    public static Attendee user(UserId user, String name, EmailAddress email) {
        return new Attendee(Kind.USER, user.value(), name, email);
    }

    public static Attendee contact(ContactId contact, String name, EmailAddress email) {
        return new Attendee(Kind.CONTACT, contact.toString(), name, email);
    }

    public static Attendee external(String name, EmailAddress email) {
        return new Attendee(Kind.EXTERNAL, email.value(), name, email);
    }

    /** The user this attendee is, or null for contacts and outsiders. */
    public UserId userId() {
        return kind == Kind.USER ? UserId.of(key) : null;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + key;
    }
}
