package org.smartbizflow.crm.shared;

import java.util.regex.Pattern;

/**
 * The tenant every record and query belongs to. A short key chosen by the host (its company
 * or client code), never optional.
 *
 * @param value 1 to 64 characters: letters, digits, '.', '_' or '-'
 */
public record TenantId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public TenantId {
        Preconditions.notNull(value, "tenantId");
        Preconditions.check(FORMAT.matcher(value).matches(), "tenantId",
                "must be 1-64 letters, digits, '.', '_' or '-'");
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
