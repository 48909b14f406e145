package org.smartbizflow.crm.forecasting.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.forecast.SeriesForecast;
import org.smartbizflow.crm.forecast.TimeSeries;
import org.smartbizflow.crm.forecast.port.out.TimeSeriesForecaster;
import org.smartbizflow.crm.shared.ValidationException;

class SeriesModelTest {

    private static TimeSeries linear(int n, double slope) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 50 + slope * t;
        }
        return TimeSeries.of("linear", y, 1);
    }

    @Test
    void holtExtrapolatesAnExactLine() {
        SeriesForecast f = SeriesModel.HOLT.forecast(linear(30, 2), 5, 0.8);
        for (int h = 1; h <= 5; h++) {
            assertThat(f.points().get(h - 1).mean()).isCloseTo(50 + 2 * (29 + h), within(1e-3));
        }
        assertThat(f.modelKind()).isEqualTo("holt");
    }

    @Test
    void thetaFollowsHalfTheTrendOfALine() {
        SeriesForecast f = SeriesModel.THETA.forecast(linear(40, 1), 10, 0.8);
        double[] means = f.means();
        assertThat(means[9] - means[0]).isCloseTo(9 * 0.5, within(0.05));
    }

    @Test
    void seasonalNaiveRepeatsTheLastSeason() {
        double[] y = {1, 2, 3, 4, 5, 6, 7, 8};
        SeriesForecast f = SeriesModel.SEASONAL_NAIVE.forecast(TimeSeries.of("s", y, 4), 6, 0.9);
        assertThat(f.means()).containsExactly(5, 6, 7, 8, 5, 6);
        // Residuals are the seasonal differences (all 4): sigma 4, z(0.95) = 1.6449; two seasons ahead sqrt(2).
        assertThat(f.points().get(0).upper()).isCloseTo(5 + 1.6448536 * 4, within(1e-5));
        assertThat(f.points().get(4).upper()).isCloseTo(5 + 1.6448536 * 4 * Math.sqrt(2), within(1e-5));
    }

    @Test
    void multiplicativeSeasonalityFitsAirPassengersBetterThanAdditiveOnAicc() {
        TimeSeries air = SharedSeries.load("air-passengers-monthly.csv");
        assertThat(AutoForecaster.aicc().choose(air, 12)).isEqualTo(SeriesModel.HOLT_WINTERS_MULTIPLICATIVE);
        SeriesForecast f = AutoForecaster.aicc().forecast(air, 24, 0.8);
        assertThat(f.simulatedIntervals()).isTrue();
        // The peak month (July) stays the peak a year ahead.
        double[] m = f.means();
        assertThat(m[6]).isGreaterThan(m[0]).isGreaterThan(m[10]);
    }

    @Test
    void interiorGapsAreInterpolatedAndEdgeGapsRefused() {
        double[] y = {10, 11, Double.NaN, Double.NaN, 14, 15, 16, 17};
        SeriesForecast f = SeriesModel.NAIVE.forecast(TimeSeries.of("gappy", y, 1), 1, 0.8);
        assertThat(f.means()).containsExactly(17);
        double[] ends = {Double.NaN, 1, 2, 3};
        assertThatThrownBy(() -> SeriesModel.NAIVE.forecast(TimeSeries.of("edge", ends, 1), 1, 0.8))
                .isInstanceOf(ValidationException.class).hasMessageContaining("missing period");
    }

    @Test
    void shortSeriesAndZerosGetClearRefusalsWhileAutoStillForecasts() {
        TimeSeries tiny = TimeSeries.of("tiny", new double[] {1, 2}, 1);
        assertThatThrownBy(() -> AutoForecaster.aicc().forecast(tiny, 3, 0.8))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at least 3");
        double[] withZeros = new double[36];
        for (int t = 0; t < withZeros.length; t++) {
            withZeros[t] = t % 12 == 0 ? 0 : 10 + t % 12;
        }
        TimeSeries zeros = TimeSeries.of("zeros", withZeros, 12);
        assertThatThrownBy(() -> SeriesModel.HOLT_WINTERS_MULTIPLICATIVE.forecast(zeros, 12, 0.8))
                .isInstanceOf(ValidationException.class).hasMessageContaining("strictly positive");
        SeriesForecast auto = AutoForecaster.aicc().forecast(zeros, 12, 0.8);
        assertThat(auto.modelKind()).isNotEqualTo("holt-winters-multiplicative");
        assertThat(auto.means()[0]).isCloseTo(0, within(2.0));
        TimeSeries oneSeason = TimeSeries.of("short", new double[] {5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17}, 12);
        assertThatThrownBy(() -> SeriesModel.HOLT_WINTERS_ADDITIVE.forecast(oneSeason, 3, 0.8))
                .isInstanceOf(ValidationException.class).hasMessageContaining("two seasons");
        assertThat(AutoForecaster.aicc().forecast(oneSeason, 3, 0.8).horizon()).isEqualTo(3);
    }

    @Test
    void refusesBadHorizonAndLevel() {
        TimeSeries s = linear(10, 1);
        assertThatThrownBy(() -> SeriesModel.SIMPLE_EXPONENTIAL_SMOOTHING.forecast(s, 0, 0.8))
                .isInstanceOf(ValidationException.class).hasMessageContaining("horizon");
        assertThatThrownBy(() -> SeriesModel.SIMPLE_EXPONENTIAL_SMOOTHING.forecast(s, 1, 80))
                .isInstanceOf(ValidationException.class).hasMessageContaining("level");
    }

    @Test
    void holdoutSelectionCanPickABaselineAndBacktestsReportEveryModel() {
        TimeSeries deaths = SharedSeries.load("us-accidental-deaths-monthly.csv");
        assertThat(AutoForecaster.holdout().choose(deaths, 12)).isNotNull();
        Map<String, TimeSeriesForecaster> models = new LinkedHashMap<>();
        models.put("naive", SeriesModel.NAIVE);
        models.put("holdout", AutoForecaster.holdout());
        BacktestReport report = RollingOriginBacktest.of(6, 48, 6, 0.9).run(List.of(deaths), models);
        assertThat(report.overall()).hasSize(2);
        assertThat(report.overall("holdout").orElseThrow().smape())
                .isLessThan(report.overall("naive").orElseThrow().smape());
        assertThatThrownBy(() -> RollingOriginBacktest.of(12, 70, 1, 0.8).run(List.of(deaths), models))
                .isInstanceOf(ValidationException.class).hasMessageContaining("needs at least 82");
    }
}
