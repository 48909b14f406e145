package org.smartbizflow.crm.forecasting.series;

/**
 * One model's backtest result on one series, averaged over every origin and step.
 *
 * @param series   the series name
 * @param model    the model's label in the backtest
 * @param origins  forecast origins evaluated
 * @param points   forecast points evaluated (origins times horizon)
 * @param smape    mean sMAPE in percent
 * @param mase     mean absolute error scaled by the in-sample seasonal-naive error of each origin
 * @param coverage share of actuals inside the prediction interval
 */
public record SeriesScore(String series, String model, int origins, int points, double smape, double mase,
                          double coverage) {
}
