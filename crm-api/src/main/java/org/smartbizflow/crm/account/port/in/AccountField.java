package org.smartbizflow.crm.account.port.in;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smartbizflow.crm.account.AddressKind;

/**
 * The account fields a CSV column can map to, with the header names recognised for each when
 * no explicit mapping is given (compared ignoring case, spaces, dots, dashes and underscores).
 * The canonical column names ({@link #columnName()}) are what an account export writes, so an
 * export imports back without a mapping.
 *
 * <p>Lists go in one cell: further domains and tax ids separated by commas or semicolons,
 * tags by commas (a tag may hold a semicolon).
 * A tax id is its scheme and number, such as {@code VAT GB123456789}. Revenue is an amount
 * with its currency in the {@link #CURRENCY} column or in the same cell ({@code 1200000 GBP}).
 * Each address kind (billing, shipping, registered) has five columns; its country is required
 * once any of them is filled. Custom fields are read from columns named
 * {@code custom.<key>} or {@code custom.<key>:<type>}, as in the lead import.
 */
public enum AccountField {
    /** The id of a stored account: the row updates that account (with {@code DuplicatePolicy.UPDATE}). */
    ID(null, null, "id", "accountid", "recordid"),
    LEGAL_NAME(null, null, "legalname", "name", "accountname", "company", "companyname", "organisation",
            "organization"),
    /** The main web or e-mail domain; a URL is reduced to its domain. */
    DOMAIN(null, null, "domain", "website", "web", "url", "primarydomain"),
    /** Further domains, comma-separated. */
    OTHER_DOMAINS(null, null, "otherdomains", "domains", "additionaldomains"),
    INDUSTRY(null, null, "industry", "sector"),
    /** One of {@link org.smartbizflow.crm.account.SizeBand}. */
    SIZE_BAND(null, null, "sizeband", "size"),
    /** A head count, turned into its size band. */
    EMPLOYEES(null, null, "employees", "numberofemployees", "headcount", "employeecount"),
    /** The yearly revenue: an amount, optionally followed by its currency code. */
    ANNUAL_REVENUE(null, null, "annualrevenue", "revenue"),
    /** The ISO code of the revenue's currency. */
    CURRENCY(null, null, "currency", "revenuecurrency", "currencycode", "currencyisocode"),
    /** Tax and registration numbers, each {@code SCHEME NUMBER}, comma-separated. */
    TAX_IDS(null, null, "taxids", "taxid", "registrationnumbers"),
    TEAM(null, null, "team"),
    OWNER(null, null, "owner", "ownerid", "assignedto"),
    /** Comma-separated tags in one cell. */
    TAGS(null, null, "tags", "tag", "labels"),
    /** The id of the parent account, which must be stored. */
    PARENT_ID(null, null, "parentid", "parentaccountid"),
    /** The parent account's domain: a stored account or one an earlier row creates. */
    PARENT_DOMAIN(null, null, "parentdomain"),
    /** The parent account's name, matched ignoring case and legal-form noise. */
    PARENT_NAME(null, null, "parentname", "parent", "parentaccount", "parentaccountname"),
    BILLING_STREET(AddressKind.BILLING, AddressPart.STREET),
    BILLING_POSTAL_CODE(AddressKind.BILLING, AddressPart.POSTAL_CODE),
    BILLING_CITY(AddressKind.BILLING, AddressPart.CITY),
    BILLING_REGION(AddressKind.BILLING, AddressPart.REGION),
    BILLING_COUNTRY(AddressKind.BILLING, AddressPart.COUNTRY),
    SHIPPING_STREET(AddressKind.SHIPPING, AddressPart.STREET),
    SHIPPING_POSTAL_CODE(AddressKind.SHIPPING, AddressPart.POSTAL_CODE),
    SHIPPING_CITY(AddressKind.SHIPPING, AddressPart.CITY),
    SHIPPING_REGION(AddressKind.SHIPPING, AddressPart.REGION),
    SHIPPING_COUNTRY(AddressKind.SHIPPING, AddressPart.COUNTRY),
    REGISTERED_STREET(AddressKind.REGISTERED, AddressPart.STREET),
    REGISTERED_POSTAL_CODE(AddressKind.REGISTERED, AddressPart.POSTAL_CODE),
    REGISTERED_CITY(AddressKind.REGISTERED, AddressPart.CITY),
    REGISTERED_REGION(AddressKind.REGISTERED, AddressPart.REGION),
    REGISTERED_COUNTRY(AddressKind.REGISTERED, AddressPart.COUNTRY);

    /** The part of a postal address an address column holds. */
    public enum AddressPart {
        STREET("street", "address"),
        POSTAL_CODE("postalcode", "zip", "zipcode", "postcode"),
        CITY("city", "town"),
        REGION("region", "state", "province", "county"),
        /** An ISO 3166 alpha-2 code. */
        COUNTRY("country", "countrycode");

        private final List<String> names;

        AddressPart(String... names) {
            this.names = List.of(names);
        }
    }

    /** The prefix of custom field columns: {@code custom.<key>[:<type>]}. */
    public static final String CUSTOM_PREFIX = "custom.";

    private final AddressKind addressKind;
    private final AddressPart addressPart;
    private final List<String> headerNames;

    AccountField(AddressKind addressKind, AddressPart addressPart, String... headerNames) {
        this.addressKind = addressKind;
        this.addressPart = addressPart;
        this.headerNames = List.of(headerNames);
    }

    /** An address column, recognised as the kind's name followed by one of the part's names. */
    AccountField(AddressKind addressKind, AddressPart addressPart) {
        this.addressKind = addressKind;
        this.addressPart = addressPart;
        List<String> names = new ArrayList<>();
        for (String part : addressPart.names) {
            names.add(addressKind.name().toLowerCase(Locale.ROOT) + part);
        }
        this.headerNames = List.copyOf(names);
    }

    /** The field a header names, if it is one of the recognised spellings. */
    public static Optional<AccountField> forHeader(String header) {
        String key = header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
        for (AccountField field : values()) {
            if (field.headerNames.contains(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The kind of address an address column belongs to, if this is one. */
    public Optional<AddressKind> addressKind() {
        return Optional.ofNullable(addressKind);
    }

    /** The part of the address an address column holds, if this is one. */
    public Optional<AddressPart> addressPart() {
        return Optional.ofNullable(addressPart);
    }

    /** The canonical column name used when exporting. */
    public String columnName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
