package org.smartbizflow.crm.shared;

/** The record does not exist for this tenant (or the actor may not know that it exists). */
public class NotFoundException extends CrmException {

    private final String recordType;
    private final String recordId;

    public NotFoundException(String recordType, Object recordId) {
        super(recordType + " " + recordId + " not found");
        this.recordType = recordType;
        this.recordId = String.valueOf(recordId);
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }
}
