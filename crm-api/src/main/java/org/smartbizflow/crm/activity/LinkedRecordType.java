package org.smartbizflow.crm.activity;

/** The kinds of record an activity can be about. */
public enum LinkedRecordType {
    LEAD, ACCOUNT, CONTACT, OPPORTUNITY
}
