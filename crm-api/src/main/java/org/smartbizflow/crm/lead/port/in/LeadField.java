package org.smartbizflow.crm.lead.port.in;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lead fields a CSV column can map to, with the header names recognised for each when no
 * explicit mapping is given (compared ignoring case, spaces, dashes and underscores).
 */
public enum LeadField {
    NAME("name", "fullname", "contactname", "leadname"),
    FIRST_NAME("firstname", "givenname", "forename"),
    LAST_NAME("lastname", "surname", "familyname"),
    COMPANY("company", "companyname", "organisation", "organization", "account"),
    EMAIL("email", "emailaddress", "mail"),
    PHONE("phone", "phonenumber", "telephone", "tel", "mobile"),
    SOURCE("source", "leadsource", "channel"),
    OWNER("owner", "ownerid", "assignedto");

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
