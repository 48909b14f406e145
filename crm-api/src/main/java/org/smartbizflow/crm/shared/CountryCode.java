package org.smartbizflow.crm.shared;

import java.util.Locale;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code, upper case.
 *
 * @param value e.g. {@code GB}
 */
public record CountryCode(String value) {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    public CountryCode {
        value = Preconditions.notBlank(value, "country").toUpperCase(Locale.ROOT);
        Preconditions.check(ISO.contains(value), "country", "is not an ISO 3166 alpha-2 code: " + value);
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
