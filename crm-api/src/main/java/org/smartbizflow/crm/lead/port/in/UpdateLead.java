package org.smartbizflow.crm.lead.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.smartbizflow.crm.lead.Attribution;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Tag;

/**
 * Change a lead's details, attribution, custom fields and tags in one step; every part left
 * null (or empty) stays as it is. Start from {@link #of(LeadId)}.
 *
 * @param leadId          the lead
 * @param expectedVersion the version the caller saw, or null to skip that check
 * @param details         new name, company, e-mail and phone (all four replaced), or null
 * @param attribution     the new attribution (replacing the old), or null to keep it
 * @param customFields    custom fields to set; a key mapped to null is removed
 * @param addTags         tags to add
 * @param removeTags      tags to remove
 */
public record UpdateLead(@NotNull LeadId leadId, @PositiveOrZero Long expectedVersion, Details details,
                         Attribution attribution, Map<String, CustomValue> customFields, Set<Tag> addTags,
                         Set<Tag> removeTags) {

    public UpdateLead {
        // a null value means "remove", so the map may hold nulls (Map.copyOf would refuse them)
        customFields = customFields == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(customFields));
        addTags = addTags == null ? Set.of() : Set.copyOf(addTags);
        removeTags = removeTags == null ? Set.of() : Set.copyOf(removeTags);
    }

    /** Changes nothing yet. */
    public static UpdateLead of(LeadId leadId) {
        return new UpdateLead(leadId, null, null, null, null, null, null);
    }

    public UpdateLead expectingVersion(long version) {
        return new UpdateLead(leadId, version, details, attribution, customFields, addTags, removeTags);
    }

    public UpdateLead details(String name, String company, EmailAddress email, PhoneNumber phone) {
        return new UpdateLead(leadId, expectedVersion, new Details(name, company, email, phone), attribution,
                customFields, addTags, removeTags);
    }

    public UpdateLead attribution(Attribution value) {
        return new UpdateLead(leadId, expectedVersion, details, value, customFields, addTags, removeTags);
    }

    /** Sets a custom field; a null value removes it. */
    public UpdateLead customField(String key, CustomValue value) {
        Map<String, CustomValue> all = new HashMap<>(customFields);
        all.put(key, value);
        return new UpdateLead(leadId, expectedVersion, details, attribution, all, addTags, removeTags);
    }

    public UpdateLead addTags(Tag... tags) {
        return new UpdateLead(leadId, expectedVersion, details, attribution, customFields, Set.of(tags), removeTags);
    }

    public UpdateLead removeTags(Tag... tags) {
        return new UpdateLead(leadId, expectedVersion, details, attribution, customFields, addTags, Set.of(tags));
    }

    /**
     * A lead's contact details.
     *
     * @param name    full name
     * @param company company, or null to clear it
     * @param email   e-mail, or null to clear it
     * @param phone   phone, or null to clear it
     */
    public record Details(@NotBlank @Size(max = Lead.NAME_MAX) String name, @Size(max = Lead.COMPANY_MAX) String company,
                          EmailAddress email, PhoneNumber phone) {
    }
}
