package org.smartbizflow.crm.activity;

/** Who called whom. */
public enum CallDirection {
    INBOUND, OUTBOUND
}
