package org.smartbizflow.crm.forecast;

import java.util.Arrays;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A regularly spaced series (bookings per month, leads per week) with its seasonal period.
 * A missing period is {@link Double#NaN}; forecasters fill interior gaps by linear interpolation
 * and refuse a series that starts or ends with a gap. Values are copied in and out so the series
 * is immutable.
 */
public final class TimeSeries {

    private final String name;
    private final double[] values;
    private final int seasonalPeriod;

    private TimeSeries(String name, double[] values, int seasonalPeriod) {
        this.name = Preconditions.notBlank(name, "name");
        Preconditions.notNull(values, "values");
        Preconditions.check(seasonalPeriod >= 1, "seasonalPeriod", "must be at least 1 (1 means no seasonality)");
        for (double v : values) {
            Preconditions.check(!Double.isInfinite(v), "values", "must be finite or NaN for missing");
        }
        this.values = values.clone();
        this.seasonalPeriod = seasonalPeriod;
    }

    /**
     * @param name           the series name, as reported by backtests
     * @param values         the observations, oldest first; NaN for a missing period
     * @param seasonalPeriod periods per season (12 for monthly data, 1 for none)
     */
    public static TimeSeries of(String name, double[] values, int seasonalPeriod) {
        return new TimeSeries(name, values, seasonalPeriod);
    }

    public String name() {
        return name;
    }

    public double[] values() {
        return values.clone();
    }

    public int length() {
        return values.length;
    }

    public double get(int index) {
        return values[index];
    }

    public int seasonalPeriod() {
        return seasonalPeriod;
    }

    /** The first {@code length} observations, as a training window. */
    public TimeSeries head(int length) {
        Preconditions.check(length >= 0 && length <= values.length, "length", "must be within the series");
        return new TimeSeries(name, Arrays.copyOf(values, length), seasonalPeriod);
    }

    public boolean hasMissing() {
        for (double v : values) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSeries t && name.equals(t.name) && seasonalPeriod == t.seasonalPeriod
                && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(values)) + seasonalPeriod;
    }

    @Override
    public String toString() {
        return "TimeSeries[" + name + ", n=" + values.length + ", period=" + seasonalPeriod + "]";
    }
}
