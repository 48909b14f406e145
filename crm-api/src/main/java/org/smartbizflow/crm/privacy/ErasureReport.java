package org.smartbizflow.crm.privacy;

import java.time.Instant;
import java.util.List;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.lead.LeadId;

/**
 * What an erasure (GDPR art. 17) changed. Records stay as anonymous shells so that counts,
 * pipelines and reports still add up; only personal values are gone.
 *
 * @param subject              who asked
 * @param contact              the contact anonymised, or null when there was none
 * @param leads                the leads anonymised
 * @param consentRecords       consent records whose source was replaced
 * @param activities           activities anonymised (about the person, or naming or quoting them)
 * @param auditEntries         audit entries whose values were redacted
 * @param events               outbox events whose payload was redacted
 * @param erasedAt             when
 */
public record ErasureReport(DataSubject subject, ContactId contact, List<LeadId> leads, int consentRecords,
                            int activities, int auditEntries, int events, Instant erasedAt) {

    public ErasureReport {
        leads = List.copyOf(leads);
    }
}
