package org.smartbizflow.crm.contact;

/** Where a contact stands on one channel. */
public enum ConsentStatus {
    /** Never asked: nothing may be sent. */
    UNKNOWN,
    /** Asked to confirm (double opt-in); nothing may be sent until they do, and the request expires. */
    PENDING,
    /** Agreed: messages may be sent. */
    OPTED_IN,
    /** Refused or withdrew: nothing may be sent. */
    OPTED_OUT
}
