package org.smartbizflow.crm.privacy;

import java.time.Instant;
import java.util.List;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.contact.ChannelConsent;
import org.smartbizflow.crm.contact.ConsentRecord;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.QuietHours;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.shared.AuditEntry;

/**
 * Everything the CRM holds about one person (GDPR art. 15 and 20): what an export writes.
 *
 * @param subject     who asked
 * @param contact     their contact record, or null when they are only a lead
 * @param consents    their current consent per channel
 * @param quietHours  their quiet hours, or null
 * @param consentLog  every consent record, oldest first
 * @param leads       leads with any of their addresses
 * @param activities  activities about them (linked to their contact or leads) or naming them (as
 *                    attendee, sender or recipient, or in their text), by start
 * @param history     the audit history of the contact and those leads, oldest first
 * @param collectedAt when this was collected
 */
public record PersonalData(DataSubject subject, ContactView contact, List<ChannelConsent> consents,
                           QuietHours quietHours, List<ConsentRecord> consentLog, List<LeadView> leads,
                           List<ActivityView> activities, List<AuditEntry> history, Instant collectedAt) {

    public PersonalData {
        consents = List.copyOf(consents);
        consentLog = List.copyOf(consentLog);
        leads = List.copyOf(leads);
        activities = List.copyOf(activities);
        history = List.copyOf(history);
    }
}
