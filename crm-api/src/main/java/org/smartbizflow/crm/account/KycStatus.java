package org.smartbizflow.crm.account;

/** Where know-your-customer checks of an account stand. */
public enum KycStatus {
    /** No check started. */
    NOT_STARTED,
    /** Documents requested or under review. */
    PENDING,
    /** Identity and ownership verified. */
    VERIFIED,
    /** The checks failed; do not trade. */
    REJECTED,
    /** A verification that has passed its review date. */
    EXPIRED
}
