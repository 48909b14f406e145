package org.smartbizflow.crm.privacy.port.in;

import java.io.OutputStream;
import org.smartbizflow.crm.privacy.DataSubject;
import org.smartbizflow.crm.privacy.ErasureReport;
import org.smartbizflow.crm.privacy.PersonalData;

/**
 * Data-protection requests of one person: access and portability (collect, export as JSON) and
 * erasure. Bound to a tenant and actor by a CRM session; the actor needs the right to change
 * the contact.
 */
public interface Privacy {

    /**
     * Everything held about the person.
     *
     * @throws org.smartbizflow.crm.shared.NotFoundException when a named contact does not exist
     */
    PersonalData collect(DataSubject subject);

    /** Writes {@link #collect} as one JSON document (UTF-8); the stream stays open. */
    void exportJson(DataSubject subject, OutputStream out);

    /**
     * Anonymises the person everywhere the CRM keeps them: the contact, leads with any of their
     * addresses, activities (see {@link org.smartbizflow.crm.activity.PersonReference}), consent
     * records, audit entries and outbox payloads, in one transaction. Non-personal facts (owner,
     * status, account, dates, durations, activity types and counts, amounts) stay. Erasing again
     * changes nothing more.
     */
    ErasureReport erase(DataSubject subject);
}
