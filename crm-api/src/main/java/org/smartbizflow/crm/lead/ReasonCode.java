package org.smartbizflow.crm.lead;

import java.util.Locale;
import java.util.regex.Pattern;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Why a lead was disqualified, as data the host defines ({@code NO_BUDGET}, {@code COMPETITOR},
 * {@code NOT_A_FIT}, ...), so reasons can be counted and reported rather than read from notes.
 *
 * @param value upper-case letters, digits and underscores, 2 to 40 characters
 */
public record ReasonCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public ReasonCode {
        value = Preconditions.notBlank(value, "reason").toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        Preconditions.check(FORMAT.matcher(value).matches(), "reason",
                "must be 2-40 letters, digits or underscores starting with a letter: " + value);
    }

    public static ReasonCode of(String value) {
        return new ReasonCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
