package org.smartbizflow.crm.shared;

/**
 * A user of the host application, as the host identifies it. The CRM keeps no user table of
 * its own; owners and actors are these ids.
 *
 * @param value the host's user key, 1 to 128 characters
 */
public record UserId(String value) {

    public UserId {
        value = Preconditions.notBlank(value, "userId");
        Preconditions.maxLength(value, 128, "userId");
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
