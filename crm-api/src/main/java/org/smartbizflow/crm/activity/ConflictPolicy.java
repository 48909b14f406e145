package org.smartbizflow.crm.activity;

/** What scheduling does when a meeting overlaps another meeting of one of its users. */
public enum ConflictPolicy {
    /** Do not look. */
    IGNORE,
    /** Schedule it and report the overlapping meetings. */
    WARN,
    /** Schedule nothing and report the overlapping meetings. */
    REFUSE
}
