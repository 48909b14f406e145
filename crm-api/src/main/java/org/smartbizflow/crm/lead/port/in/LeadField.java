package org.smartbizflow.crm.lead.port.in;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lead fields a CSV column can map to, with the header names recognised for each when no
 * explicit mapping is given (compared ignoring case, spaces, dashes and underscores). Custom
 * field columns are named {@value #CUSTOM_PREFIX}{@code <key>}, optionally with the value type
 * after a colon ({@code custom.employees:number}), and are read whatever the mapping.
 */
public enum LeadField {
    NAME("name", "fullname", "contactname", "leadname"),
    FIRST_NAME("firstname", "givenname", "forename"),
    LAST_NAME("lastname", "surname", "familyname"),
    COMPANY("company", "companyname", "organisation", "organization", "account"),
    EMAIL("email", "emailaddress", "mail"),
    PHONE("phone", "phonenumber", "telephone", "tel", "mobile"),
    SOURCE("source", "leadsource", "channel"),
    OWNER("owner", "ownerid", "assignedto"),
    CAMPAIGN_ID("campaignid", "campaign"),
    CAMPAIGN_NAME("campaignname"),
    UTM_SOURCE("utmsource"),
    UTM_MEDIUM("utmmedium"),
    UTM_CAMPAIGN("utmcampaign"),
    UTM_TERM("utmterm"),
    UTM_CONTENT("utmcontent"),
    /** Comma-separated tags in one cell. */
    TAGS("tags", "tag", "labels");

    /** Header prefix of a custom field column: {@code custom.<key>} or {@code custom.<key>:<type>}. */
    public static final String CUSTOM_PREFIX = "custom.";

    private final List<String> headerNames;

    LeadField(String... headerNames) {
        this.headerNames = List.of(headerNames);
    }

    /** The field a header names, if it is one of the recognised spellings. */
    public static Optional<LeadField> forHeader(String header) {
        String key = normalise(header);
        for (LeadField field : values()) {
            if (field.headerNames.contains(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    static String normalise(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
    }

    /** The canonical column name used when exporting. */
    public String columnName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
