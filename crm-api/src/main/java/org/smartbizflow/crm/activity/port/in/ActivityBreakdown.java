package org.smartbizflow.crm.activity.port.in;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.shared.UserId;

/**
 * Activities per owner, type and period, with how many were completed.
 *
 * @param unit the period length
 * @param rows one row per owner, type and period with any activity, by period, owner, type
 */
public record ActivityBreakdown(PeriodUnit unit, List<Row> rows) {

    public ActivityBreakdown {
        rows = List.copyOf(rows);
    }

    /**
     * One owner's activities of one type in one period (by their local start day).
     *
     * @param ownerId     the owner
     * @param type        the type
     * @param periodStart the first day of the period
     * @param planned     still planned
     * @param completed   completed
     * @param cancelled   cancelled
     */
    public record Row(UserId ownerId, ActivityType type, LocalDate periodStart, long planned, long completed,
                      long cancelled) {

        public long total() {
            return planned + completed + cancelled;
        }

        /** Completed share of the activities not cancelled, 0 to 1 with four decimals; zero when none. */
        public BigDecimal completionRate() {
            long relevant = planned + completed;
            return relevant == 0 ? BigDecimal.ZERO.setScale(4)
                    : BigDecimal.valueOf(completed).divide(BigDecimal.valueOf(relevant), 4, RoundingMode.HALF_EVEN);
        }
    }
}
