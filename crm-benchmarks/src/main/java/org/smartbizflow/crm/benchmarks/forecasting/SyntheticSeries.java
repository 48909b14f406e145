package org.smartbizflow.crm.benchmarks.forecasting;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.smartbizflow.crm.forecast.TimeSeries;

/**
 * Reproducible monthly series shaped like bookings: a level, a trend (some damped, some not),
 * additive or multiplicative seasonality of varying strength and noise, all positive.
 */
final class SyntheticSeries {

    private SyntheticSeries() {
    }

    static List<TimeSeries> monthly(int count, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TimeSeries> out = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            double level = 100 + 900 * random.nextDouble();
            double trend = level * (random.nextDouble() - 0.3) * 0.01;
            double amplitude = 0.3 * random.nextDouble();
            double noise = 0.02 + 0.08 * random.nextDouble();
            boolean multiplicative = random.nextBoolean();
            double phase = 2 * Math.PI * random.nextDouble();
            double[] y = new double[length];
            for (int t = 0; t < length; t++) {
                double base = level + trend * t;
                double season = amplitude * Math.sin(2 * Math.PI * t / 12 + phase);
                double value = multiplicative ? base * (1 + season) : base + level * season;
                y[t] = Math.max(1, value * (1 + noise * random.nextGaussian()));
            }
            out.add(TimeSeries.of("s" + s, y, 12));
        }
        return out;
    }
}
