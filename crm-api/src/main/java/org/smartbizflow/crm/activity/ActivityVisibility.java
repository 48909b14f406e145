package org.smartbizflow.crm.activity;

/**
 * Who may see an activity beyond what the access policy allows: a private activity is seen
 * by its owner only, whatever the policy grants others (a doctor's appointment in a shared
 * calendar, a confidential call).
 */
public enum ActivityVisibility {
    /** Seen by whoever the access policy lets see the owner's records. */
    SHARED,
    /** Seen by the owner only. */
    PRIVATE
}
