package org.smartbizflow.crm.activity.port.in;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The length of the periods an analysis groups by (weeks start on Monday). */
public enum PeriodUnit {
    DAY, WEEK, MONTH;

    /** The first day of the period the day falls in. */
    public LocalDate periodOf(LocalDate day) {
        switch (this) {
            case WEEK:
                return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH:
                return day.withDayOfMonth(1);
            default:
                return day;
        }
    }
}
