package org.smartbizflow.crm.account;

/** What an account's address is used for: invoices, deliveries, or the legal seat. */
public enum AddressKind {
    /** The registered office, as in the trade register. */
    REGISTERED,
    /** Where invoices go. */
    BILLING,
    /** Where goods go. */
    SHIPPING,
    /** Any other site. */
    OTHER
}
