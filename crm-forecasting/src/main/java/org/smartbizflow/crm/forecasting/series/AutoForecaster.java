package org.smartbizflow.crm.forecasting.series;

import java.util.ArrayList;
import java.util.List;
import org.smartbizflow.crm.forecast.SeriesForecast;
import org.smartbizflow.crm.forecast.TimeSeries;
import org.smartbizflow.crm.forecast.port.out.TimeSeriesForecaster;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Picks a model per series so that a host does not have to. By default the exponential
 * smoothing family is compared on AICc (fitted once, on all the data); the holdout criterion
 * instead refits every applicable model on the series minus its last stretch and keeps the one
 * with the lowest error there, which also lets Theta and the naive baselines win. Models that
 * cannot be fitted to the series (too short, zeros for multiplicative seasonality) are simply
 * not candidates; a series under three observations is refused.
 */
public final class AutoForecaster implements TimeSeriesForecaster {

    /** How the model is chosen. */
    public enum Selection { AICC, HOLDOUT }

    private static final List<SeriesModel> ETS_FAMILY = List.of(SeriesModel.SIMPLE_EXPONENTIAL_SMOOTHING,
            SeriesModel.HOLT, SeriesModel.HOLT_DAMPED, SeriesModel.HOLT_WINTERS_ADDITIVE,
            SeriesModel.HOLT_WINTERS_MULTIPLICATIVE, SeriesModel.HOLT_WINTERS_ADDITIVE_DAMPED,
            SeriesModel.HOLT_WINTERS_MULTIPLICATIVE_DAMPED, SeriesModel.SEASONAL_ADDITIVE,
            SeriesModel.SEASONAL_MULTIPLICATIVE);

    private final Selection selection;

    private AutoForecaster(Selection selection) {
        this.selection = Preconditions.notNull(selection, "selection");
    }

    /** Selection by AICc within exponential smoothing. */
    public static AutoForecaster aicc() {
        return new AutoForecaster(Selection.AICC);
    }

    public static AutoForecaster holdout() {
        return new AutoForecaster(Selection.HOLDOUT);
    }

    public static AutoForecaster of(Selection selection) {
        return new AutoForecaster(selection);
    }

    public Selection selection() {
        return selection;
    }

    @Override
    public SeriesForecast forecast(TimeSeries series, int horizon, double level) {
        SeriesModel.checkArguments(series, horizon, level);
        double[] y = CleanSeries.values(series);
        FittedModel chosen = select(y, series.seasonalPeriod(), horizon);
        return SeriesModel.toForecast(series, chosen, horizon, level);
    }

    /** The model the selection would use for this series. */
    public SeriesModel choose(TimeSeries series, int horizon) {
        double[] y = CleanSeries.values(series);
        return selection == Selection.AICC ? bestByAicc(y, series.seasonalPeriod()).model
                : bestByHoldout(y, series.seasonalPeriod(), horizon);
    }

    private FittedModel select(double[] y, int period, int horizon) {
        if (selection == Selection.AICC) {
            return bestByAicc(y, period).fit;
        }
        return bestByHoldout(y, period, horizon).fit(y, period);
    }

    private record Candidate(SeriesModel model, FittedModel fit) {
    }

    private static Candidate bestByAicc(double[] y, int period) {
        Candidate best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (SeriesModel model : ETS_FAMILY) {
            if (!model.accepts(y, period)) {
                continue;
            }
            FittedModel fit = model.fit(y, period);
            double score = fit.aicc();
            if (best == null || score < bestScore) {
                best = new Candidate(model, fit);
                bestScore = score;
            }
        }
        return best != null ? best : new Candidate(SeriesModel.NAIVE, Baselines.naive(y));
    }

    private static SeriesModel bestByHoldout(double[] y, int period, int horizon) {
        int holdout = Math.max(1, Math.min(Math.max(horizon, period), y.length / 4));
        double[] train = java.util.Arrays.copyOf(y, y.length - holdout);
        List<SeriesModel> candidates = new ArrayList<>();
        for (SeriesModel model : SeriesModel.values()) {
            if (model.accepts(train, period) && model.accepts(y, period)) {
                candidates.add(model);
            }
        }
        SeriesModel best = SeriesModel.NAIVE;
        double bestError = Double.POSITIVE_INFINITY;
        for (SeriesModel model : candidates) {
            double[] f = model.fit(train, period).point(holdout);
            double error = 0;
            for (int h = 0; h < holdout; h++) {
                error += ForecastErrors.smapeTerm(y[train.length + h], f[h]);
            }
            if (error < bestError) {
                bestError = error;
                best = model;
            }
        }
        return best;
    }
}
