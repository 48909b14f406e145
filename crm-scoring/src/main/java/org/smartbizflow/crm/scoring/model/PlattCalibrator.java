package org.smartbizflow.crm.scoring.model;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * Platt scaling: {@code p = sigmoid(slope * z + offset)}, fitted on held-out log-odds with
 * Platt's smoothed targets. The slope is kept positive so ranking is preserved; a slope fit
 * that comes out non-positive (a model no better than chance) falls back to a tiny slope and
 * the base rate.
 *
 * @param slope  multiplier of the log-odds, positive
 * @param offset added to the scaled log-odds
 */
public record PlattCalibrator(double slope, double offset) implements Calibrator {

    public PlattCalibrator {
        Preconditions.check(slope > 0 && Double.isFinite(slope), "slope", "must be positive");
        Preconditions.check(Double.isFinite(offset), "offset", "must be finite");
    }

    /** Fits on held-out log-odds and outcomes by Newton's method on the two parameters. */
    public static PlattCalibrator fit(double[] z, boolean[] y) {
        int positives = 0;
        for (boolean b : y) {
            positives += b ? 1 : 0;
        }
        int negatives = y.length - positives;
        double high = (positives + 1.0) / (positives + 2.0);
        double low = 1.0 / (negatives + 2.0);
        double a = 1;
        double b = Math.log((positives + 1.0) / (negatives + 1.0));
        for (int iteration = 0; iteration < 100; iteration++) {
            double gA = 0;
            double gB = 0;
            double hAA = 1e-12;
            double hAB = 0;
            double hBB = 1e-12;
            for (int i = 0; i < z.length; i++) {
                double p = LogisticRegression.sigmoid(a * z[i] + b);
                double t = y[i] ? high : low;
                double d = p - t;
                double v = p * (1 - p);
                gA += d * z[i];
                gB += d;
                hAA += v * z[i] * z[i];
                hAB += v * z[i];
                hBB += v;
            }
            double det = hAA * hBB - hAB * hAB;
            if (det <= 0) {
                break;
            }
            double stepA = (hBB * gA - hAB * gB) / det;
            double stepB = (hAA * gB - hAB * gA) / det;
            a -= stepA;
            b -= stepB;
            if (Math.abs(stepA) < 1e-10 && Math.abs(stepB) < 1e-10) {
                break;
            }
        }
        if (!(a > 0) || !Double.isFinite(b)) {
            return new PlattCalibrator(1e-9, Math.log((positives + 1.0) / (negatives + 1.0)));
        }
        return new PlattCalibrator(a, b);
    }

    @Override
    public double probability(double z) {
        return LogisticRegression.sigmoid(slope * z + offset);
    }

    @Override
    public CalibrationMethod method() {
        return CalibrationMethod.PLATT;
    }
}
