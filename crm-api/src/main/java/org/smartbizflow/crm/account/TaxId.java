package org.smartbizflow.crm.account;

import java.util.Locale;
import java.util.regex.Pattern;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A tax or registration number of an organisation under a named scheme, such as
 * {@code VAT GB123456789}, {@code EIN 12-3456789} or {@code CRN 01234567}. The scheme is an
 * upper-case key the host chooses; the value is kept upper case without blanks, so that
 * {@code gb 123 456 789} and {@code GB123456789} are the same number.
 *
 * @param scheme the numbering scheme, 1 to 16 characters of {@code A-Z0-9_}
 * @param value  the number, 1 to 64 characters
 */
public record TaxId(String scheme, String value) {

    private static final Pattern SCHEME = Pattern.compile("[A-Z][A-Z0-9_]{0,15}");

    public TaxId {
        scheme = Preconditions.notBlank(scheme, "taxId.scheme").toUpperCase(Locale.ROOT);
        Preconditions.check(SCHEME.matcher(scheme).matches(), "taxId.scheme",
                "must be 1 to 16 characters of A-Z, 0-9 and _, starting with a letter: " + scheme);
        value = Preconditions.notBlank(value, "taxId.value").replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        Preconditions.maxLength(value, 64, "taxId.value");
    }

    public static TaxId of(String scheme, String value) {
        return new TaxId(scheme, value);
    }

    @Override
    public String toString() {
        return scheme + " " + value;
    }
}
