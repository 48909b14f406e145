package org.smartbizflow.crm.account;

/**
 * How one account relates to another, read "from is a TYPE of to": a reseller of, a
 * partner of, a competitor of, a subsidiary of. Subsidiary links are business facts with
 * dates (an acquisition, a divestment), kept apart from the reporting hierarchy.
 */
public enum RelationshipType {
    PARTNER, COMPETITOR, RESELLER, SUBSIDIARY
}
