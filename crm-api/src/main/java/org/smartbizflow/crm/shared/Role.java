package org.smartbizflow.crm.shared;

import java.util.Locale;

/**
 * A role the host grants its users. The constants are the roles the built-in access policies
 * understand; a host may define its own for its own {@code AccessPolicy}.
 *
 * @param name upper-case role name
 */
public record Role(String name) {

    public static final Role SALES_REP = new Role("SALES_REP");
    public static final Role SALES_MANAGER = new Role("SALES_MANAGER");
    public static final Role MARKETING = new Role("MARKETING");
    public static final Role SERVICE_AGENT = new Role("SERVICE_AGENT");
    public static final Role ADMIN = new Role("ADMIN");
    public static final Role SYSTEM = new Role("SYSTEM");

    public Role {
        name = Preconditions.notBlank(name, "role").toUpperCase(Locale.ROOT);
    }

    public static Role of(String name) {
        return new Role(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
