package org.smartbizflow.crm.forecast;

import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * How a snapshot's forecast compared with what actually closed once the period was over.
 * Errors are forecast minus actual; relative errors divide by the actual (NaN when it is zero).
 *
 * @param snapshot               the forecast judged
 * @param actual                 what closed in the period
 * @param weightedError          weighted minus actual
 * @param commitError            commit minus actual
 * @param p50Error               P50 minus actual
 * @param weightedRelativeError  weighted error over actual
 * @param commitRelativeError    commit error over actual
 * @param p50RelativeError       P50 error over actual
 * @param withinP10P90           whether the actual fell between P10 and P90
 */
public record ForecastAccuracy(ForecastSnapshot snapshot, Money actual, Money weightedError, Money commitError,
                               Money p50Error, double weightedRelativeError, double commitRelativeError,
                               double p50RelativeError, boolean withinP10P90) {

    public ForecastAccuracy {
        Preconditions.notNull(snapshot, "snapshot");
        Preconditions.notNull(actual, "actual");
        Preconditions.notNull(weightedError, "weightedError");
        Preconditions.notNull(commitError, "commitError");
        Preconditions.notNull(p50Error, "p50Error");
    }
}
