package org.smartbizflow.crm.lead.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.shared.EmailAddress;
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
 */
public record CaptureLead(
        @NotBlank @Size(max = Lead.NAME_MAX) String name,
        @Size(max = Lead.COMPANY_MAX) String company,
        EmailAddress email,
        PhoneNumber phone,
        @NotNull LeadSource source,
        UserId ownerId) {

    public CaptureLead(String name, String company, EmailAddress email, PhoneNumber phone, LeadSource source) {
        this(name, company, email, phone, source, null);
    }

    public CaptureLead ownedBy(UserId owner) {
        return new CaptureLead(name, company, email, phone, source, owner);
    }
}
