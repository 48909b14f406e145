package org.smartbizflow.crm.account;

import java.util.Locale;
import java.util.regex.Pattern;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * An internet domain an account uses for its web site and e-mail, such as
 * {@code engines.example}. Hosts paste what they have (a URL, {@code www.} in front, upper
 * case); the value is reduced to the bare lower-case host name so that look-ups by domain
 * (lead conversion, duplicate checks) compare like with like.
 *
 * @param value the normalised host name
 */
public record DomainName(String value) {

    public static final int MAX_LENGTH = 253;

    private static final Pattern HOST = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

    public DomainName {
        value = normalise(value);
        Preconditions.check(HOST.matcher(value).matches(), "domain",
                "is not a domain name such as example.com: " + value);
    }

    public static DomainName of(String value) {
        return new DomainName(value);
    }

    /** The domain of an e-mail address, for matching a lead's e-mail to an account. */
    public static DomainName ofEmail(org.smartbizflow.crm.shared.EmailAddress email) {
        Preconditions.notNull(email, "email");
        String address = email.value();
        return new DomainName(address.substring(address.lastIndexOf('@') + 1));
    }

    private static String normalise(String raw) {
        String text = Preconditions.notBlank(raw, "domain").toLowerCase(Locale.ROOT);
        int scheme = text.indexOf("://");
        if (scheme >= 0) {
            text = text.substring(scheme + 3);
        }
        int end = firstOf(text, '/', '?', '#', ':');
        if (end >= 0) {
            text = text.substring(0, end);
        }
        if (text.startsWith("www.")) {
            text = text.substring(4);
        }
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private static int firstOf(String text, char... stops) {
        int first = -1;
        for (char stop : stops) {
            int at = text.indexOf(stop);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    @Override
    public String toString() {
        return value;
    }
}
