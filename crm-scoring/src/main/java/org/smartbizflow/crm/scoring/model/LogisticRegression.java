package org.smartbizflow.crm.scoring.model;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Weighted, penalised logistic regression fitted in-process. With a pure L2 penalty it runs
 * Newton's method (IRLS) with a backtracking line search, solving each step by Cholesky on
 * Commons Math and falling back to the SVD pseudo-inverse when the Hessian is singular (an
 * unpenalised fit with a full one-hot encoding). With an L1 share it runs the glmnet scheme:
 * the same quadratic approximation, minimised by cyclic coordinate descent with soft
 * thresholding. The objective is the weighted mean log loss plus
 * {@code lambda * ((1 - l1Ratio) / 2 * |b|^2 + l1Ratio * |b|_1)}.
 */
public final class LogisticRegression {

    private static final double MIN_VARIANCE = 1e-6;

    private LogisticRegression() {
    }

    /**
     * Fits the model.
     *
     * @param x             row-major inputs, {@code rows * columns} values
     * @param rows          number of rows
     * @param columns       number of columns
     * @param y             outcomes
     * @param weights       per-row weights (class weights), positive
     * @param lambda        penalty strength, 0 for none
     * @param l1Ratio       share of L1 in the penalty, 0 (ridge) to 1 (lasso)
     * @param maxIterations outer iteration limit
     * @param tolerance     stop when no coefficient moves more than this
     */
    public static LogisticFit fit(double[] x, int rows, int columns, boolean[] y, double[] weights,
                                  double lambda, double l1Ratio, int maxIterations, double tolerance) {
        Preconditions.check(x.length == (long) rows * columns, "x", "must hold rows * columns values");
        Preconditions.check(y.length == rows && weights.length == rows, "y", "needs one outcome and weight per row");
        Preconditions.check(lambda >= 0, "lambda", "must not be negative");
        Preconditions.check(l1Ratio >= 0 && l1Ratio <= 1, "l1Ratio", "must be between 0 and 1");
        return l1Ratio == 0 || lambda == 0
                ? newton(x, rows, columns, y, weights, lambda, maxIterations, tolerance)
                : coordinateDescent(x, rows, columns, y, weights, lambda, l1Ratio, maxIterations, tolerance);
    }

    /** The logistic function, computed without overflow. */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    private static LogisticFit newton(double[] x, int n, int p, boolean[] y, double[] w, double lambda,
                                      int maxIterations, double tolerance) {
        int q = p + 1;
        double totalWeight = 0;
        for (double wi : w) {
            totalWeight += wi;
        }
        double[] beta = new double[q];
        double[] z = new double[n];
        double[] hessian = new double[q * q];
        double[] gradient = new double[q];
        double[] row = new double[q];
        double objective = objective(x, n, p, y, w, totalWeight, beta, lambda, z);
        int iteration = 0;
        boolean converged = false;
        while (iteration < maxIterations && !converged) {
            iteration++;
            java.util.Arrays.fill(hessian, 0);
            java.util.Arrays.fill(gradient, 0);
            row[0] = 1;
            for (int i = 0; i < n; i++) {
                double prob = sigmoid(z[i]);
                double g = w[i] * (prob - (y[i] ? 1 : 0));
                double d = Math.max(w[i] * prob * (1 - prob), MIN_VARIANCE * w[i]);
                System.arraycopy(x, i * p, row, 1, p);
                for (int j = 0; j < q; j++) {
                    double xj = row[j];
                    if (xj == 0) {
                        continue;
                    }
                    gradient[j] += g * xj;
                    double dxj = d * xj;
                    int base = j * q;
                    for (int k = j; k < q; k++) {
                        hessian[base + k] += dxj * row[k];
                    }
                }
            }
            double[][] h = new double[q][q];
            for (int j = 0; j < q; j++) {
                gradient[j] /= totalWeight;
                for (int k = j; k < q; k++) {
                    double v = hessian[j * q + k] / totalWeight;
                    h[j][k] = v;
                    h[k][j] = v;
                }
                if (j > 0) {
                    gradient[j] += lambda * beta[j];
                    h[j][j] += lambda;
                }
            }
            double[] step = solve(h, gradient);
            double scale = 1;
            double[] candidate = new double[q];
            double next;
            int halvings = 0;
            while (true) {
                for (int j = 0; j < q; j++) {
                    candidate[j] = beta[j] - scale * step[j];
                }
                next = objective(x, n, p, y, w, totalWeight, candidate, lambda, z);
                if (next <= objective + 1e-12 * Math.abs(objective) || halvings >= 30) {
                    break;
                }
                scale /= 2;
                halvings++;
            }
            double maxChange = 0;
            for (int j = 0; j < q; j++) {
                maxChange = Math.max(maxChange, Math.abs(candidate[j] - beta[j]));
            }
            double improvement = objective - next;
            beta = candidate;
            objective = next;
            converged = maxChange < tolerance || improvement < 1e-12;
        }
        double[] coefficients = new double[p];
        System.arraycopy(beta, 1, coefficients, 0, p);
        return new LogisticFit(beta[0], coefficients, iteration, converged);
    }

    private static double[] solve(double[][] h, double[] gradient) {
        RealMatrix matrix = new Array2DRowRealMatrix(h, false);
        RealVector vector = new ArrayRealVector(gradient, false);
        try {
            return new CholeskyDecomposition(matrix, 1e-12, 1e-12).getSolver().solve(vector).toArray();
        } catch (NonPositiveDefiniteMatrixException e) {
            return new SingularValueDecomposition(matrix).getSolver().solve(vector).toArray();
        }
    }

    /** Weighted mean log loss plus the L2 penalty; fills {@code z} with the linear predictors. */
    private static double objective(double[] x, int n, int p, boolean[] y, double[] w, double totalWeight,
                                    double[] beta, double lambda, double[] z) {
        double loss = 0;
        for (int i = 0; i < n; i++) {
            double zi = beta[0];
            int offset = i * p;
            for (int j = 0; j < p; j++) {
                zi += beta[j + 1] * x[offset + j];
            }
            z[i] = zi;
            loss += w[i] * logLoss(zi, y[i]);
        }
        double penalty = 0;
        for (int j = 1; j < beta.length; j++) {
            penalty += beta[j] * beta[j];
        }
        return loss / totalWeight + lambda / 2 * penalty;
    }

    /** {@code -log P(y | z)} without overflow. */
    static double logLoss(double z, boolean y) {
        double softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
        return y ? softplus - z : softplus;
    }

    private static LogisticFit coordinateDescent(double[] x, int n, int p, boolean[] y, double[] w, double lambda,
                                                 double l1Ratio, int maxIterations, double tolerance) {
        double totalWeight = 0;
        for (double wi : w) {
            totalWeight += wi;
        }
        double intercept = 0;
        double[] beta = new double[p];
        double[] z = new double[n];
        double[] v = new double[n];
        double[] residual = new double[n];
        double l1 = lambda * l1Ratio;
        double l2 = lambda * (1 - l1Ratio);
        int iteration = 0;
        boolean converged = false;
        while (iteration < maxIterations && !converged) {
            iteration++;
            double sumV = 0;
            for (int i = 0; i < n; i++) {
                double prob = Math.min(Math.max(sigmoid(z[i]), 1e-5), 1 - 1e-5);
                double variance = prob * (1 - prob);
                v[i] = w[i] * variance / totalWeight;
                residual[i] = ((y[i] ? 1 : 0) - prob) / variance;
                sumV += v[i];
            }
            double maxOuterChange = 0;
            for (int inner = 0; inner < 200; inner++) {
                double maxChange = 0;
                double interceptNumerator = 0;
                for (int i = 0; i < n; i++) {
                    interceptNumerator += v[i] * residual[i];
                }
                double interceptStep = interceptNumerator / sumV;
                intercept += interceptStep;
                for (int i = 0; i < n; i++) {
                    residual[i] -= interceptStep;
                }
                maxChange = Math.max(maxChange, Math.abs(interceptStep));
                for (int j = 0; j < p; j++) {
                    double numerator = 0;
                    double denominator = 0;
                    for (int i = 0; i < n; i++) {
                        double xij = x[i * p + j];
                        numerator += v[i] * xij * (residual[i] + xij * beta[j]);
                        denominator += v[i] * xij * xij;
                    }
                    double updated = softThreshold(numerator, l1) / (denominator + l2);
                    double change = updated - beta[j];
                    if (change != 0) {
                        for (int i = 0; i < n; i++) {
                            residual[i] -= change * x[i * p + j];
                        }
                        beta[j] = updated;
                        maxChange = Math.max(maxChange, Math.abs(change));
                    }
                }
                maxOuterChange = Math.max(maxOuterChange, maxChange);
                if (maxChange < tolerance / 10) {
                    break;
                }
            }
            for (int i = 0; i < n; i++) {
                double zi = intercept;
                for (int j = 0; j < p; j++) {
                    zi += beta[j] * x[i * p + j];
                }
                z[i] = zi;
            }
            converged = maxOuterChange < tolerance;
        }
        return new LogisticFit(intercept, beta, iteration, converged);
    }

    private static double softThreshold(double value, double threshold) {
        return value > threshold ? value - threshold : value < -threshold ? value + threshold : 0;
    }
}
