package org.smartbizflow.crm.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A range of calendar days, both ends inclusive (a quarter is {@code 2027-01-01..2027-03-31}).
 *
 * @param start first day
 * @param end   last day, not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Preconditions.notNull(start, "range.start");
        Preconditions.notNull(end, "range.end");
        Preconditions.check(!end.isBefore(start), "range.end", "must not be before the start " + start);
    }

    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    public static DateRange quarter(int year, int quarter) {
        Preconditions.check(quarter >= 1 && quarter <= 4, "quarter", "must be 1 to 4");
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new DateRange(start, start.plusMonths(3).minusDays(1));
    }

    public static DateRange month(int year, int month) {
        LocalDate start = LocalDate.of(year, month, 1);
        return new DateRange(start, start.plusMonths(1).minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
