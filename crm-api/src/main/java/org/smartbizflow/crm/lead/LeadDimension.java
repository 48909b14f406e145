package org.smartbizflow.crm.lead;

/**
 * What lead analytics group by. {@link #DISQUALIFY_REASON} groups by reason code and
 * {@link #CAMPAIGN} by campaign id; leads without one form the group {@value #NO_REASON}.
 * The period dimensions group by the UTC calendar day, ISO week or month of creation, each
 * group named by its first day ({@code yyyy-MM-dd}; a week starts on Monday).
 */
public enum LeadDimension {
    SOURCE, OWNER, STATUS, DISQUALIFY_REASON, CAMPAIGN, CREATED_DAY, CREATED_WEEK, CREATED_MONTH;

    /** The group of leads without a disqualification reason or campaign. */
    public static final String NO_REASON = "(none)";

    /** Is this a period of the creation time? */
    public boolean isPeriod() {
        return this == CREATED_DAY || this == CREATED_WEEK || this == CREATED_MONTH;
    }

    /** The first day of the period containing the day, for a period dimension. */
    public java.time.LocalDate periodStart(java.time.LocalDate day) {
        switch (this) {
            case CREATED_WEEK:
                return day.with(java.time.temporal.ChronoField.DAY_OF_WEEK, 1);
            case CREATED_MONTH:
                return day.withDayOfMonth(1);
            default:
                return day;
        }
    }
}
