package org.smartbizflow.crm.activity;

/** How often a recurring activity repeats (RFC 5545 FREQ). */
public enum Frequency {
    DAILY, WEEKLY, MONTHLY
}
