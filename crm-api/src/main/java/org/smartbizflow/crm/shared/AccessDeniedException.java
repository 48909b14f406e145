package org.smartbizflow.crm.shared;

/** The acting user may not perform this action on this record. */
public class AccessDeniedException extends CrmException {

    private final Action action;
    private final String recordType;

    public AccessDeniedException(Actor actor, Action action, String recordType, Object recordId) {
        super(actor.userId().value() + " may not " + action.name().toLowerCase(java.util.Locale.ROOT)
                + " " + recordType + (recordId == null ? "" : " " + recordId));
        this.action = action;
        this.recordType = recordType;
    }

    public Action action() {
        return action;
    }

    public String recordType() {
        return recordType;
    }
}
