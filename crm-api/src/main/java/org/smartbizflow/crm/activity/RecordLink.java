package org.smartbizflow.crm.activity;

import java.util.UUID;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A record an activity is about. Activities point at records by type and id only, so the
 * activity context depends on no other aggregate and a deleted record leaves its history.
 *
 * @param type     what kind of record
 * @param recordId its id
 */
public record RecordLink(LinkedRecordType type, UUID recordId) implements Comparable<RecordLink> {

    public RecordLink {
        Preconditions.notNull(type, "link.type");
        Preconditions.notNull(recordId, "link.recordId");
    }

    public static RecordLink lead(LeadId id) {
        return new RecordLink(LinkedRecordType.LEAD, id.value());
    }

    public static RecordLink account(AccountId id) {
        return new RecordLink(LinkedRecordType.ACCOUNT, id.value());
    }

    public static RecordLink contact(ContactId id) {
        return new RecordLink(LinkedRecordType.CONTACT, id.value());
    }

    public static RecordLink opportunity(OpportunityId id) {
        return new RecordLink(LinkedRecordType.OPPORTUNITY, id.value());
    }

    @Override
    public int compareTo(RecordLink other) {
        int byType = type.compareTo(other.type);
        return byType != 0 ? byType : recordId.toString().compareTo(other.recordId.toString());
    }

    @Override
    public String toString() {
        return type + ":" + recordId;
    }
}
