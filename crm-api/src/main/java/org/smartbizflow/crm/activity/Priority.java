package org.smartbizflow.crm.activity;

/** How urgent a task is. */
public enum Priority {
    LOW, NORMAL, HIGH
}
