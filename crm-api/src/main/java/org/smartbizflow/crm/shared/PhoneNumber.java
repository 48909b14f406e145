package org.smartbizflow.crm.shared;

import java.util.regex.Pattern;

/**
 * A telephone number in E.164 form ({@code +442079460000}). This type only checks the
 * E.164 syntax of input that is already international; turning national input such as
 * {@code 020 7946 0000} into E.164 needs a region and numbering metadata, which the core
 * module's phone parser brings.
 *
 * @param e164 a '+' and 2 to 15 digits, the first not 0
 */
public record PhoneNumber(String e164) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().\\-/]");

    public PhoneNumber {
        Preconditions.notBlank(e164, "phone");
        Preconditions.check(E164.matcher(e164).matches(), "phone", "is not an E.164 number: " + e164);
    }

    /**
     * Accepts international input with common separators ({@code +44 20 7946-0000},
     * {@code +1 (555) 010 0199}) and returns its E.164 form.
     */
    public static PhoneNumber parse(String international) {
        String raw = Preconditions.notBlank(international, "phone");
        String compact = SEPARATORS.matcher(raw).replaceAll("");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        if (!compact.startsWith("+")) {
            throw new ValidationException("phone", "needs a country code (+...) or a region to parse: " + raw);
        }
        return new PhoneNumber(compact);
    }

    public static PhoneNumber of(String e164) {
        return new PhoneNumber(e164);
    }

    @Override
    public String toString() {
        return e164;
    }
}
