package org.smartbizflow.crm.shared;

/**
 * What an access policy needs to know about a record: its type, id and owner.
 *
 * @param recordType e.g. {@code Lead}
 * @param recordId   the id, or null for a record not yet created
 * @param owner      the owning user, or null when unowned
 */
public record RecordAccess(String recordType, String recordId, UserId owner) {

    public RecordAccess {
        Preconditions.notBlank(recordType, "recordType");
    }
}
