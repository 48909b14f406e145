package org.smartbizflow.crm.lead.port.in;

/**
 * What an import does with a row whose e-mail address matches a lead already stored (or an
 * earlier row of the same file).
 */
public enum DuplicatePolicy {
    /** Keep the stored lead unchanged and report the row as skipped. */
    SKIP,
    /** Update the stored lead's name, company and phone from the row. */
    UPDATE,
    /** Store the row as another lead anyway. */
    CREATE
}
