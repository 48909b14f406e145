package org.smartbizflow.crm.shared;

/**
 * Code asked an aggregate for a lifecycle move its state machine forbids. Use cases check
 * first and return a refusal value; this exception means a caller skipped that check.
 */
public class InvalidStateTransition extends CrmException {

    private final String recordType;
    private final String from;
    private final String to;

    public InvalidStateTransition(String recordType, Enum<?> from, Enum<?> to) {
        super(recordType + " cannot move from " + from + " to " + to);
        this.recordType = recordType;
        this.from = from.name();
        this.to = to.name();
    }

    public String recordType() {
        return recordType;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }
}
