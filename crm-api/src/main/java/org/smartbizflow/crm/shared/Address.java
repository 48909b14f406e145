package org.smartbizflow.crm.shared;

/**
 * A postal address. Only the country is required; the rest is free text as the host has it.
 *
 * @param street     street and number, possibly several lines joined with a newline
 * @param postalCode postal or ZIP code
 * @param city       city or locality
 * @param region     state, county or province
 * @param country    the country
 */
public record Address(String street, String postalCode, String city, String region, CountryCode country) {

    public Address {
        street = Preconditions.maxLength(Preconditions.blankToNull(street), 500, "address.street");
        postalCode = Preconditions.maxLength(Preconditions.blankToNull(postalCode), 32, "address.postalCode");
        city = Preconditions.maxLength(Preconditions.blankToNull(city), 200, "address.city");
        region = Preconditions.maxLength(Preconditions.blankToNull(region), 200, "address.region");
        Preconditions.notNull(country, "address.country");
    }
}
