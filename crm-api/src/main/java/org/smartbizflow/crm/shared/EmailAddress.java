package org.smartbizflow.crm.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, normalised so that equal mailboxes compare equal: surrounding white
 * space removed and lower-cased (the form used for duplicate matching). The syntax check is
 * deliberately practical (one {@code @}, a dotted domain, no spaces), not the full RFC 5322
 * grammar that no mail form accepts either.
 *
 * @param value the normalised address
 */
public record EmailAddress(String value) {

    private static final Pattern SYNTAX = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    public EmailAddress {
        value = Preconditions.notBlank(value, "email").toLowerCase(Locale.ROOT);
        Preconditions.maxLength(value, 254, "email");
        Preconditions.check(SYNTAX.matcher(value).matches() && !value.startsWith(".") && !value.contains(".."),
                "email", "is not a valid e-mail address: " + value);
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    /** The domain part, e.g. {@code engines.example}; used to match leads to accounts. */
    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
