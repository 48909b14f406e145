package org.smartbizflow.crm.forecasting.series;

import java.util.ArrayList;
import java.util.List;
import org.smartbizflow.crm.forecast.ForecastPoint;
import org.smartbizflow.crm.forecast.SeriesForecast;
import org.smartbizflow.crm.forecast.TimeSeries;
import org.smartbizflow.crm.forecast.port.out.TimeSeriesForecaster;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * The individual forecasting models, each usable directly as a {@link TimeSeriesForecaster}.
 * A model that cannot be fitted to a series refuses it with a {@link ValidationException}
 * saying why: seasonal models need two full seasons plus two observations, multiplicative
 * seasonality needs strictly positive values (zeros are refused, not nudged), and every model
 * needs at least three observations. Interior missing periods are interpolated.
 */
public enum SeriesModel implements TimeSeriesForecaster {
    NAIVE,
    SEASONAL_NAIVE,
    SIMPLE_EXPONENTIAL_SMOOTHING,
    HOLT,
    HOLT_DAMPED,
    HOLT_WINTERS_ADDITIVE,
    HOLT_WINTERS_MULTIPLICATIVE,
    HOLT_WINTERS_ADDITIVE_DAMPED,
    HOLT_WINTERS_MULTIPLICATIVE_DAMPED,
    /** Level and additive seasonality, no trend. */
    SEASONAL_ADDITIVE,
    /** Level and multiplicative seasonality, no trend. */
    SEASONAL_MULTIPLICATIVE,
    THETA;

    @Override
    public SeriesForecast forecast(TimeSeries series, int horizon, double level) {
        checkArguments(series, horizon, level);
        return toForecast(series, fit(series), horizon, level);
    }

    /** Whether this model can be fitted to {@code values} (already cleaned) with this period. */
    boolean accepts(double[] y, int period) {
        return switch (this) {
            case NAIVE, SIMPLE_EXPONENTIAL_SMOOTHING, THETA -> y.length >= CleanSeries.MIN_LENGTH;
            case SEASONAL_NAIVE -> y.length > period;
            case HOLT, HOLT_DAMPED -> y.length >= 4;
            case HOLT_WINTERS_ADDITIVE, HOLT_WINTERS_ADDITIVE_DAMPED, SEASONAL_ADDITIVE -> period > 1
                    && y.length >= ExponentialSmoothingFit.minimumLength(ExponentialSmoothingFit.Season.ADDITIVE, period);
            case HOLT_WINTERS_MULTIPLICATIVE, HOLT_WINTERS_MULTIPLICATIVE_DAMPED, SEASONAL_MULTIPLICATIVE -> period > 1
                    && CleanSeries.allPositive(y)
                    && y.length >= ExponentialSmoothingFit.minimumLength(ExponentialSmoothingFit.Season.MULTIPLICATIVE, period);
        };
    }

    FittedModel fit(TimeSeries series) {
        double[] y = CleanSeries.values(series);
        int period = series.seasonalPeriod();
        if (!accepts(y, period)) {
            throw new ValidationException("series", series.name() + " (" + y.length + " observations, period "
                    + period + ") cannot be fitted with " + this + ": " + requirement());
        }
        return fit(y, period);
    }

    FittedModel fit(double[] y, int period) {
        return switch (this) {
            case NAIVE -> Baselines.naive(y);
            case SEASONAL_NAIVE -> Baselines.seasonalNaive(y, period);
            case SIMPLE_EXPONENTIAL_SMOOTHING -> ExponentialSmoothingFit.fit(y, ExponentialSmoothingFit.Trend.NONE,
                    ExponentialSmoothingFit.Season.NONE, period);
            case HOLT -> ExponentialSmoothingFit.fit(y, ExponentialSmoothingFit.Trend.ADDITIVE,
                    ExponentialSmoothingFit.Season.NONE, period);
            case HOLT_DAMPED -> ExponentialSmoothingFit.fit(y, ExponentialSmoothingFit.Trend.DAMPED,
                    ExponentialSmoothingFit.Season.NONE, period);
            case HOLT_WINTERS_ADDITIVE -> ExponentialSmoothingFit.fit(y, ExponentialSmoothingFit.Trend.ADDITIVE,
                    ExponentialSmoothingFit.Season.ADDITIVE, period);
            case HOLT_WINTERS_MULTIPLICATIVE -> ExponentialSmoothingFit.fit(y, ExponentialSmoothingFit.Trend.ADDITIVE,
                    ExponentialSmoothingFit.Season.MULTIPLICATIVE, period);
            case HOLT_WINTERS_ADDITIVE_DAMPED -> ExponentialSmoothingFit.fit(y, ExponentialSmoothingFit.Trend.DAMPED,
                    ExponentialSmoothingFit.Season.ADDITIVE, period);
            case HOLT_WINTERS_MULTIPLICATIVE_DAMPED -> ExponentialSmoothingFit.fit(y, ExponentialSmoothingFit.Trend.DAMPED,
                    ExponentialSmoothingFit.Season.MULTIPLICATIVE, period);
            case SEASONAL_ADDITIVE -> ExponentialSmoothingFit.fit(y, ExponentialSmoothingFit.Trend.NONE,
                    ExponentialSmoothingFit.Season.ADDITIVE, period);
            case SEASONAL_MULTIPLICATIVE -> ExponentialSmoothingFit.fit(y, ExponentialSmoothingFit.Trend.NONE,
                    ExponentialSmoothingFit.Season.MULTIPLICATIVE, period);
            case THETA -> ThetaFit.fit(y, period);
        };
    }

    private String requirement() {
        return switch (this) {
            case NAIVE, SIMPLE_EXPONENTIAL_SMOOTHING, THETA -> "needs at least 3 observations";
            case SEASONAL_NAIVE -> "needs more than one season";
            case HOLT, HOLT_DAMPED -> "needs at least 4 observations";
            case HOLT_WINTERS_ADDITIVE, HOLT_WINTERS_ADDITIVE_DAMPED, SEASONAL_ADDITIVE ->
                    "needs a seasonal period above 1 and two seasons plus two observations";
            case HOLT_WINTERS_MULTIPLICATIVE, HOLT_WINTERS_MULTIPLICATIVE_DAMPED, SEASONAL_MULTIPLICATIVE -> "needs a seasonal period above 1, two seasons plus two observations"
                    + " and strictly positive values";
        };
    }

    static void checkArguments(TimeSeries series, int horizon, double level) {
        Preconditions.notNull(series, "series");
        Preconditions.check(horizon >= 1, "horizon", "must be at least 1");
        Preconditions.check(level > 0 && level < 1, "level", "must be between 0 and 1 exclusive, e.g. 0.8");
    }

    static SeriesForecast toForecast(TimeSeries series, FittedModel model, int horizon, double level) {
        double[] mean = model.point(horizon);
        double[][] interval = model.interval(horizon, level);
        List<ForecastPoint> points = new ArrayList<>(horizon);
        for (int h = 0; h < horizon; h++) {
            double lo = Math.min(interval[0][h], mean[h]);
            double hi = Math.max(interval[1][h], mean[h]);
            points.add(new ForecastPoint(h + 1, mean[h], lo, hi));
        }
        return new SeriesForecast(series.name(), model.description(), model.kind(), level, points, model.simulated());
    }
}
