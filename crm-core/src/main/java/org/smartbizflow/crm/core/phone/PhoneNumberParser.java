package org.smartbizflow.crm.core.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Turns what people type ({@code 020 7946 0000}, {@code (555) 010-0199 ext. 4}) into E.164,
 * using Google's libphonenumber metadata and a default region for national numbers.
 */
public final class PhoneNumberParser {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    private PhoneNumberParser(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /** A parser for numbers written as in the given country when they lack a +country code. */
    public static PhoneNumberParser forRegion(CountryCode region) {
        return new PhoneNumberParser(Preconditions.notNull(region, "region").value());
    }

    public static PhoneNumberParser forRegion(String isoCountry) {
        return forRegion(CountryCode.of(isoCountry));
    }

    /**
     * @throws ValidationException on the field {@code phone} when the input is not a valid
     *         number for its region
     */
    public PhoneNumber parse(String input) {
        return parse(input, "phone");
    }

    /** As {@link #parse(String)}, naming the given field in errors. */
    public PhoneNumber parse(String input, String field) {
        String raw = Preconditions.blankToNull(input);
        if (raw == null) {
            throw new ValidationException(field, "must not be blank");
        }
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parse(raw, defaultRegion.toUpperCase(Locale.ROOT));
            if (!UTIL.isValidNumber(parsed)) {
                throw new ValidationException(field, "is not a valid phone number for " + regionOf(parsed) + ": " + raw);
            }
            return PhoneNumber.of(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw new ValidationException(field, "is not a phone number (" + e.getErrorType().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + "): " + raw);
        }
    }

    /**
     * The country a number belongs to, when its digits tell (a shared calling code such as +1
     * is told apart by the number's own ranges); empty for non-geographic numbers.
     */
    public static java.util.Optional<CountryCode> countryOf(PhoneNumber phone) {
        if (phone == null) {
            return java.util.Optional.empty();
        }
        try {
            String region = UTIL.getRegionCodeForNumber(UTIL.parse(phone.e164(), null));
            if (region == null || region.length() != 2 || !region.chars().allMatch(Character::isLetter)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(CountryCode.of(region));
        } catch (NumberParseException | org.smartbizflow.crm.shared.ValidationException e) {
            return java.util.Optional.empty();
        }
    }

    private static String regionOf(Phonenumber.PhoneNumber number) {
        String region = UTIL.getRegionCodeForNumber(number);
        return region == null ? "+" + number.getCountryCode() : region;
    }
}
