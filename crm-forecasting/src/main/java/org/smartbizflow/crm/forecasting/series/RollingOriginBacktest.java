package org.smartbizflow.crm.forecasting.series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.forecast.ForecastPoint;
import org.smartbizflow.crm.forecast.SeriesForecast;
import org.smartbizflow.crm.forecast.TimeSeries;
import org.smartbizflow.crm.forecast.port.out.TimeSeriesForecaster;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Rolling-origin evaluation: fit on the first {@code t} observations, forecast {@code horizon}
 * steps, compare with what happened, move the origin by {@code step}, repeat. This is how a
 * forecaster would have fared had it been used in the past, which a single holdout can flatter.
 */
public final class RollingOriginBacktest {

    private final int horizon;
    private final int minimumTraining;
    private final int step;
    private final double level;

    private RollingOriginBacktest(int horizon, int minimumTraining, int step, double level) {
        Preconditions.check(horizon >= 1, "horizon", "must be at least 1");
        Preconditions.check(minimumTraining >= CleanSeries.MIN_LENGTH, "minimumTraining",
                "must be at least " + CleanSeries.MIN_LENGTH);
        Preconditions.check(step >= 1, "step", "must be at least 1");
        Preconditions.check(level > 0 && level < 1, "level", "must be between 0 and 1 exclusive");
        this.horizon = horizon;
        this.minimumTraining = minimumTraining;
        this.step = step;
        this.level = level;
    }

    /**
     * @param horizon         steps ahead from each origin
     * @param minimumTraining observations in the first training window
     * @param step            how far the origin moves each time
     * @param level           interval level, e.g. 0.8
     */
    public static RollingOriginBacktest of(int horizon, int minimumTraining, int step, double level) {
        return new RollingOriginBacktest(horizon, minimumTraining, step, level);
    }

    /** Scores each named model on each series; series too short for one origin are refused. */
    public BacktestReport run(List<TimeSeries> series, Map<String, ? extends TimeSeriesForecaster> models) {
        Preconditions.check(series != null && !series.isEmpty(), "series", "must not be empty");
        Preconditions.check(models != null && !models.isEmpty(), "models", "must not be empty");
        List<SeriesScore> perSeries = new ArrayList<>();
        Map<String, double[]> totals = new LinkedHashMap<>();
        for (TimeSeries s : series) {
            if (s.length() < minimumTraining + horizon) {
                throw new ValidationException("series", s.name() + " has " + s.length() + " observations; a backtest with "
                        + minimumTraining + " for training and horizon " + horizon + " needs at least "
                        + (minimumTraining + horizon));
            }
            double[] y = CleanSeries.values(s);
            for (Map.Entry<String, ? extends TimeSeriesForecaster> model : models.entrySet()) {
                SeriesScore score = score(s, y, model.getKey(), model.getValue());
                perSeries.add(score);
                double[] t = totals.computeIfAbsent(model.getKey(), k -> new double[5]);
                t[0] += score.smape();
                t[1] += score.mase();
                t[2] += score.coverage() * score.points();
                t[3] += score.points();
                t[4] += 1;
            }
        }
        List<ModelScore> overall = new ArrayList<>();
        totals.forEach((name, t) -> overall.add(new ModelScore(name, (int) t[4], (int) t[3], t[0] / t[4], t[1] / t[4],
                t[2] / t[3])));
        return new BacktestReport(horizon, level, perSeries, overall);
    }

    private SeriesScore score(TimeSeries series, double[] y, String name, TimeSeriesForecaster model) {
        double smape = 0;
        double mase = 0;
        int covered = 0;
        int points = 0;
        int origins = 0;
        for (int origin = minimumTraining; origin + horizon <= y.length; origin += step) {
            TimeSeries train = series.head(origin);
            SeriesForecast forecast = model.forecast(train, horizon, level);
            double scale = ForecastErrors.maseScale(java.util.Arrays.copyOf(y, origin), series.seasonalPeriod());
            for (ForecastPoint p : forecast.points()) {
                double actual = y[origin + p.step() - 1];
                smape += ForecastErrors.smapeTerm(actual, p.mean());
                mase += Math.abs(actual - p.mean()) / scale;
                if (actual >= p.lower() && actual <= p.upper()) {
                    covered++;
                }
                points++;
            }
            origins++;
        }
        return new SeriesScore(series.name(), name, origins, points, smape / points, mase / points,
                (double) covered / points);
    }
}
