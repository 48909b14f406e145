package org.smartbizflow.crm.forecast;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * One step ahead of a series forecast: the point forecast and its prediction interval.
 *
 * @param step  1 for the first period after the data
 * @param mean  the point forecast
 * @param lower the interval's lower bound
 * @param upper the interval's upper bound
 */
public record ForecastPoint(int step, double mean, double lower, double upper) {

    public ForecastPoint {
        Preconditions.check(step >= 1, "step", "must be at least 1");
        Preconditions.check(Double.isFinite(mean), "mean", "must be finite");
        Preconditions.check(lower <= mean && mean <= upper, "lower", "interval must contain the point forecast");
    }
}
