package org.smartbizflow.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.scoring.model.LogisticFit;
import org.smartbizflow.crm.scoring.model.LogisticRegression;

/** The solvers reach the optimum of the stated objective, checked by its optimality conditions. */
class LogisticRegressionTest {

    private static final int N = 2000;
    private static final int P = 6;
    private final double[] x = new double[N * P];
    private final boolean[] y = new boolean[N];
    private final double[] w = new double[N];

    LogisticRegressionTest() {
        Random random = new Random(3);
        double[] truth = {1.5, -1, 0.5, 0, 0, 0};
        for (int i = 0; i < N; i++) {
            double z = -0.5;
            for (int j = 0; j < P; j++) {
                x[i * P + j] = random.nextGaussian();
                z += truth[j] * x[i * P + j];
            }
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-z));
            w[i] = y[i] ? 2 : 1;
        }
    }

    /** Gradient of the weighted mean log loss (without penalty); index 0 is the intercept. */
    private double[] lossGradient(LogisticFit fit) {
        double[] g = new double[P + 1];
        double total = 0;
        for (int i = 0; i < N; i++) {
            double r = w[i] * (LogisticRegression.sigmoid(fit.linearPredictor(x, i, P)) - (y[i] ? 1 : 0));
            g[0] += r;
            for (int j = 0; j < P; j++) {
                g[j + 1] += r * x[i * P + j];
            }
            total += w[i];
        }
        for (int j = 0; j <= P; j++) {
            g[j] /= total;
        }
        return g;
    }

    @Test
    void ridgeNewtonSatisfiesTheStationarityCondition() {
        double lambda = 0.05;
        LogisticFit fit = LogisticRegression.fit(x, N, P, y, w, lambda, 0, 100, 1e-10);
        assertThat(fit.converged()).isTrue();
        double[] g = lossGradient(fit);
        assertThat(g[0]).isCloseTo(0, within(1e-8));
        for (int j = 0; j < P; j++) {
            assertThat(g[j + 1] + lambda * fit.coefficients()[j]).isCloseTo(0, within(1e-8));
        }
    }

    @Test
    void elasticNetSatisfiesItsOptimalityConditionsAndZeroesNoise() {
        double lambda = 0.02;
        double alpha = 0.8;
        LogisticFit fit = LogisticRegression.fit(x, N, P, y, w, lambda, alpha, 200, 1e-9);
        double[] g = lossGradient(fit);
        double[] b = fit.coefficients();
        assertThat(g[0]).isCloseTo(0, within(1e-5));
        for (int j = 0; j < P; j++) {
            double smooth = g[j + 1] + lambda * (1 - alpha) * b[j];
            if (b[j] != 0) {
                assertThat(smooth + lambda * alpha * Math.signum(b[j])).isCloseTo(0, within(1e-5));
            } else {
                assertThat(Math.abs(smooth)).isLessThanOrEqualTo(lambda * alpha + 1e-5);
            }
        }
        assertThat(Arrays.stream(b, 3, P).filter(v -> v == 0).count()).isGreaterThanOrEqualTo(2);
        assertThat(b[0]).isGreaterThan(1);
    }

    @Test
    void strongerRidgeShrinksCoefficients() {
        LogisticFit weak = LogisticRegression.fit(x, N, P, y, w, 1e-4, 0, 100, 1e-10);
        LogisticFit strong = LogisticRegression.fit(x, N, P, y, w, 1, 0, 100, 1e-10);
        double weakNorm = Arrays.stream(weak.coefficients()).map(v -> v * v).sum();
        double strongNorm = Arrays.stream(strong.coefficients()).map(v -> v * v).sum();
        assertThat(strongNorm).isLessThan(weakNorm / 4);
    }

    @Test
    void sigmoidNeverOverflows() {
        assertThat(LogisticRegression.sigmoid(-1000)).isBetween(0.0, 1e-300);
        assertThat(LogisticRegression.sigmoid(1000)).isEqualTo(1.0);
        assertThat(LogisticRegression.sigmoid(0)).isEqualTo(0.5);
    }
}
