package org.smartbizflow.crm.forecasting.series;

/**
 * One model's backtest result over all series: sMAPE and MASE are the mean of the per-series
 * means (each series weighs the same), coverage is pooled over every forecast point.
 *
 * @param model    the model's label
 * @param series   series evaluated
 * @param points   forecast points evaluated
 * @param smape    mean sMAPE in percent
 * @param mase     mean MASE
 * @param coverage share of actuals inside the intervals
 */
public record ModelScore(String model, int series, int points, double smape, double mase, double coverage) {
}
