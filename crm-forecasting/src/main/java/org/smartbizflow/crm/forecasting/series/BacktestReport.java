package org.smartbizflow.crm.forecasting.series;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a rolling-origin backtest: scores per series and model, and per model overall.
 *
 * @param horizon  steps ahead forecast from each origin
 * @param level    interval level
 * @param perSeries scores per series and model
 * @param overall  scores per model, over all series
 */
public record BacktestReport(int horizon, double level, List<SeriesScore> perSeries, List<ModelScore> overall) {

    public BacktestReport {
        perSeries = List.copyOf(perSeries);
        overall = List.copyOf(overall);
    }

    public Optional<ModelScore> overall(String model) {
        return overall.stream().filter(s -> s.model().equals(model)).findFirst();
    }

    public Optional<SeriesScore> score(String series, String model) {
        return perSeries.stream().filter(s -> s.series().equals(series) && s.model().equals(model)).findFirst();
    }
}
