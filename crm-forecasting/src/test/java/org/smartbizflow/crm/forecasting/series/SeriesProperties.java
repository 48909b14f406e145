package org.smartbizflow.crm.forecasting.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.smartbizflow.crm.forecast.ForecastPoint;
import org.smartbizflow.crm.forecast.SeriesForecast;
import org.smartbizflow.crm.forecast.TimeSeries;
import org.smartbizflow.crm.forecast.port.out.TimeSeriesForecaster;

class SeriesProperties {

    @Property(tries = 40)
    void forecastsOfAConstantSeriesAreThatConstant(@ForAll @DoubleRange(min = 0.5, max = 1e6) double value,
                                                   @ForAll @IntRange(min = 30, max = 60) int length,
                                                   @ForAll @IntRange(min = 1, max = 18) int horizon) {
        double[] y = new double[length];
        Arrays.fill(y, value);
        TimeSeries series = TimeSeries.of("constant", y, 12);
        for (TimeSeriesForecaster model : forecasters()) {
            SeriesForecast f = model.forecast(series, horizon, 0.8);
            for (ForecastPoint p : f.points()) {
                assertThat(p.mean()).as(f.model()).isCloseTo(value, within(value * 1e-9));
            }
        }
    }

    @Property(tries = 25)
    void intervalsContainThePointAndWidenWithTheLevel(@ForAll @IntRange(min = 1, max = 10_000) int seed,
                                                      @ForAll @IntRange(min = 30, max = 80) int length) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        double[] y = new double[length];
        for (int t = 0; t < length; t++) {
            y[t] = 100 + 0.5 * t + 10 * Math.sin(2 * Math.PI * t / 12) + 5 * random.nextGaussian();
        }
        TimeSeries series = TimeSeries.of("noisy", y, 12);
        for (TimeSeriesForecaster model : forecasters()) {
            SeriesForecast narrow = model.forecast(series, 12, 0.5);
            SeriesForecast wide = model.forecast(series, 12, 0.95);
            for (int h = 0; h < 12; h++) {
                ForecastPoint n = narrow.points().get(h);
                ForecastPoint w = wide.points().get(h);
                assertThat(n.mean()).isEqualTo(w.mean());
                assertThat(w.lower()).as(narrow.model()).isLessThanOrEqualTo(n.lower() + 1e-9);
                assertThat(w.upper()).as(narrow.model()).isGreaterThanOrEqualTo(n.upper() - 1e-9);
            }
        }
    }

    private static TimeSeriesForecaster[] forecasters() {
        TimeSeriesForecaster[] all = new TimeSeriesForecaster[SeriesModel.values().length + 2];
        System.arraycopy(SeriesModel.values(), 0, all, 0, SeriesModel.values().length);
        all[all.length - 2] = AutoForecaster.aicc();
        all[all.length - 1] = AutoForecaster.holdout();
        return all;
    }
}
