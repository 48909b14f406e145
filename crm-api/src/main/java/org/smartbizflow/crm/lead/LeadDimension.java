package org.smartbizflow.crm.lead;

/**
 * What lead analytics group by. A period is chosen with the filter's creation range.
 * {@link #DISQUALIFY_REASON} groups by reason code; leads without one form the group
 * {@value #NO_REASON}.
 */
public enum LeadDimension {
    SOURCE, OWNER, STATUS, DISQUALIFY_REASON;

    /** The group of leads without a disqualification reason. */
    public static final String NO_REASON = "(none)";
}
