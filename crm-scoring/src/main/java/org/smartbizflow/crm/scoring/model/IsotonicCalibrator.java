package org.smartbizflow.crm.scoring.model;

import java.util.Arrays;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Isotonic calibration: a non-decreasing step function of the log-odds fitted by pool
 * adjacent violators on held-out data, interpolated linearly between the knots and kept a
 * little away from 0 and 1 so a log loss stays finite.
 *
 * @param knots         increasing log-odds at which the function is known
 * @param probabilities the non-decreasing probability at each knot
 */
public record IsotonicCalibrator(double[] knots, double[] probabilities) implements Calibrator {

    private static final double FLOOR = 1e-3;

    public IsotonicCalibrator {
        Preconditions.notNull(knots, "knots");
        Preconditions.notNull(probabilities, "probabilities");
        Preconditions.check(knots.length > 0 && knots.length == probabilities.length, "knots",
                "needs one probability per knot and at least one knot");
        for (int i = 1; i < knots.length; i++) {
            Preconditions.check(knots[i] > knots[i - 1], "knots", "must be strictly increasing");
            Preconditions.check(probabilities[i] >= probabilities[i - 1], "probabilities", "must not decrease");
        }
        knots = knots.clone();
        probabilities = probabilities.clone();
    }

    public static IsotonicCalibrator fit(double[] z, boolean[] y) {
        Integer[] order = new Integer[z.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(z[i], z[j]));
        double[] blockX = new double[z.length];
        double[] blockY = new double[z.length];
        double[] blockW = new double[z.length];
        int blocks = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            double target = y[i] ? 1 : 0;
            if (blocks > 0 && z[i] == blockX[blocks - 1] / blockW[blocks - 1]) {
                blockX[blocks - 1] += z[i];
                blockY[blocks - 1] += target;
                blockW[blocks - 1] += 1;
            } else {
                blockX[blocks] = z[i];
                blockY[blocks] = target;
                blockW[blocks] = 1;
                blocks++;
            }
            while (blocks > 1 && blockY[blocks - 2] / blockW[blocks - 2] >= blockY[blocks - 1] / blockW[blocks - 1]) {
                blockX[blocks - 2] += blockX[blocks - 1];
                blockY[blocks - 2] += blockY[blocks - 1];
                blockW[blocks - 2] += blockW[blocks - 1];
                blocks--;
            }
        }
        double[] knots = new double[blocks];
        double[] values = new double[blocks];
        int count = 0;
        for (int b = 0; b < blocks; b++) {
            double x = blockX[b] / blockW[b];
            double v = Math.min(Math.max(blockY[b] / blockW[b], FLOOR), 1 - FLOOR);
            if (count > 0 && x <= knots[count - 1]) {
                values[count - 1] = Math.max(values[count - 1], v);
                continue;
            }
            knots[count] = x;
            values[count] = count > 0 ? Math.max(v, values[count - 1]) : v;
            count++;
        }
        return new IsotonicCalibrator(Arrays.copyOf(knots, count), Arrays.copyOf(values, count));
    }

    @Override
    public double[] knots() {
        return knots.clone();
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    @Override
    public double probability(double z) {
        int last = knots.length - 1;
        if (z <= knots[0]) {
            return probabilities[0];
        }
        if (z >= knots[last]) {
            return probabilities[last];
        }
        int index = Arrays.binarySearch(knots, z);
        if (index >= 0) {
            return probabilities[index];
        }
        int upper = -index - 1;
        int lower = upper - 1;
        double share = (z - knots[lower]) / (knots[upper] - knots[lower]);
        return probabilities[lower] + share * (probabilities[upper] - probabilities[lower]);
    }

    @Override
    public CalibrationMethod method() {
        return CalibrationMethod.ISOTONIC;
    }
}
