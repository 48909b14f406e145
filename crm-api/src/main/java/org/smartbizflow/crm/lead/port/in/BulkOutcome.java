package org.smartbizflow.crm.lead.port.in;

/** What a bulk operation did to one lead. */
public enum BulkOutcome {
    /** The action was applied and stored. */
    APPLIED,
    /** The lead already was as asked; nothing was written. */
    UNCHANGED,
    /** The lead's lifecycle forbids the action (e.g. it is converted). */
    REFUSED,
    /** The actor may not change this lead. */
    ACCESS_DENIED,
    /** No such lead for this tenant. */
    NOT_FOUND,
    /** Someone else changed the lead meanwhile; nothing was written. */
    CONFLICT
}
