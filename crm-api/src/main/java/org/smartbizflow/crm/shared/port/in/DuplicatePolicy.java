package org.smartbizflow.crm.shared.port.in;

/**
 * What an import does with a row whose e-mail address matches a lead already stored (or an
 * earlier row of the same file). The contact import uses the same policies, except that a
 * tenant never has two contacts for one mailbox: there CREATE rejects duplicate rows (see
 * {@code ContactImportOptions}).
 */
public enum DuplicatePolicy {
    /** Keep the stored lead unchanged and report the row as skipped. */
    SKIP,
    /** Update the stored lead's name, company and phone from the row. */
    UPDATE,
    /** Store the row as another lead anyway. */
    CREATE
}
