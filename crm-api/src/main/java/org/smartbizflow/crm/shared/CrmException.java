package org.smartbizflow.crm.shared;

/**
 * Root of the few exceptions the CRM throws. An exception always means a broken contract
 * (invalid input, a missing record, a lost concurrent update, a forbidden action, an illegal
 * state change); expected business refusals are returned as values instead.
 */
public abstract class CrmException extends RuntimeException {

    protected CrmException(String message) {
        super(message);
    }

    protected CrmException(String message, Throwable cause) {
        super(message, cause);
    }
}
