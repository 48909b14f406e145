package org.smartbizflow.crm.lead.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.smartbizflow.crm.lead.Attribution;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.UserId;

/**
 * Capture a new lead.
 *
 * @param name    the person's full name
 * @param company company name, optional
 * @param email   e-mail, optional
 * @param phone   phone, optional
 * @param source  channel it came from
 * @param ownerId the owner; null makes the acting user the owner
 * @param attribution  campaign and UTM parameters; null for none
 * @param customFields typed custom fields; null for none
 * @param tags         tags; null for none
 */
public record CaptureLead(
        @NotBlank @Size(max = Lead.NAME_MAX) String name,
        @Size(max = Lead.COMPANY_MAX) String company,
        EmailAddress email,
        PhoneNumber phone,
        @NotNull LeadSource source,
        UserId ownerId,
        Attribution attribution,
        CustomFields customFields,
        @Size(max = Lead.MAX_TAGS) Set<Tag> tags) {

    public CaptureLead {
        attribution = attribution == null ? Attribution.none() : attribution;
        customFields = customFields == null ? CustomFields.none() : customFields;
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    public CaptureLead(String name, String company, EmailAddress email, PhoneNumber phone, LeadSource source,
                       UserId ownerId) {
        this(name, company, email, phone, source, ownerId, null, null, null);
    }

    public CaptureLead(String name, String company, EmailAddress email, PhoneNumber phone, LeadSource source) {
        this(name, company, email, phone, source, null);
    }

    public CaptureLead ownedBy(UserId owner) {
        return new CaptureLead(name, company, email, phone, source, owner, attribution, customFields, tags);
    }

    /** The same lead, attributed to a campaign. */
    public CaptureLead attributedTo(Attribution value) {
        return new CaptureLead(name, company, email, phone, source, ownerId, value, customFields, tags);
    }

    /** The same lead with these custom fields. */
    public CaptureLead withCustomFields(CustomFields value) {
        return new CaptureLead(name, company, email, phone, source, ownerId, attribution, value, tags);
    }

    /** The same lead with these tags. */
    public CaptureLead taggedWith(Tag... value) {
        return new CaptureLead(name, company, email, phone, source, ownerId, attribution, customFields,
                Set.of(value));
    }
}
