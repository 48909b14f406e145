package org.smartbizflow.crm.contact.port.in;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smartbizflow.crm.contact.Channel;

/**
 * The contact fields a CSV column can map to, with the header names recognised for each when
 * no explicit mapping is given (compared ignoring case, spaces, dots, dashes and underscores).
 * The canonical column names ({@link #columnName()}) are what a contact export writes, so an
 * export imports back without a mapping.
 *
 * <p>Lists of further addresses, numbers and tags go in one cell, separated by commas. Consent
 * columns take {@code opted_in} or {@code opted_out} and are recorded only together with a
 * lawful basis and a source on the same row (see {@link ContactImportOptions}).
 */
public enum ContactField {
    NAME(null, null, "name", "fullname", "contactname"),
    FIRST_NAME(null, null, "firstname", "givenname", "forename"),
    LAST_NAME(null, null, "lastname", "surname", "familyname"),
    /** The primary e-mail address. */
    EMAIL(null, null, "email", "emailaddress", "mail", "primaryemail"),
    /** Further e-mail addresses, comma-separated. */
    OTHER_EMAILS(null, null, "otheremails", "additionalemails", "secondaryemails", "emails"),
    /** The primary phone number; parsed to E.164 with the options' region. */
    PHONE(null, null, "phone", "phonenumber", "telephone", "tel"),
    /** Further phone numbers, comma-separated. */
    OTHER_PHONES(null, null, "otherphones", "additionalphones", "phones", "mobile"),
    JOB_TITLE(null, null, "jobtitle", "title", "position"),
    /** A language tag such as {@code en} or {@code de-CH}. */
    LANGUAGE(null, null, "language", "preferredlanguage", "locale"),
    /** A time zone id such as {@code Europe/Berlin}. */
    TIME_ZONE(null, null, "timezone", "tz", "zone"),
    OWNER(null, null, "owner", "ownerid", "assignedto"),
    /** Comma-separated tags in one cell. */
    TAGS(null, null, "tags", "tag", "labels"),
    /** The id of an existing account: the strongest account match. */
    ACCOUNT_ID(null, null, "accountid"),
    /** The account's name, matched ignoring case and legal-form noise. */
    ACCOUNT_NAME(null, null, "accountname", "account", "company", "companyname", "organisation", "organization"),
    /** The account's web or e-mail domain. */
    ACCOUNT_DOMAIN(null, null, "accountdomain", "domain", "companydomain", "website"),
    LINKEDIN("linkedin", null, "linkedin"),
    X("x", null, "x", "twitter"),
    GITHUB("github", null, "github"),
    FACEBOOK("facebook", null, "facebook"),
    INSTAGRAM("instagram", null, "instagram"),
    XING("xing", null, "xing"),
    EMAIL_CONSENT(null, Channel.EMAIL, "emailconsent"),
    PHONE_CONSENT(null, Channel.PHONE, "phoneconsent"),
    SMS_CONSENT(null, Channel.SMS, "smsconsent"),
    POST_CONSENT(null, Channel.POST, "postconsent"),
    /** The lawful basis of the row's consent cells, one of {@link org.smartbizflow.crm.contact.LawfulBasis}. */
    CONSENT_BASIS(null, null, "consentbasis", "lawfulbasis"),
    /** Where the row's consent was given, e.g. {@code trade-show-2026 sign-up sheet}. */
    CONSENT_SOURCE(null, null, "consentsource");

    private final String network;
    private final Channel channel;
    private final List<String> headerNames;

    ContactField(String network, Channel channel, String... headerNames) {
        this.network = network;
        this.channel = channel;
        this.headerNames = List.of(headerNames);
    }

    /** The field a header names, if it is one of the recognised spellings. */
    public static Optional<ContactField> forHeader(String header) {
        String key = header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
        for (ContactField field : values()) {
            if (field.headerNames.contains(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The social network of a social handle column, if this is one. */
    public Optional<String> network() {
        return Optional.ofNullable(network);
    }

    /** The channel of a consent column, if this is one. */
    public Optional<Channel> consentChannel() {
        return Optional.ofNullable(channel);
    }

    /** The canonical column name used when exporting. */
    public String columnName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
