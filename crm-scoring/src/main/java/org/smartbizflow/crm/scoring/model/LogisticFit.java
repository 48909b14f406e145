package org.smartbizflow.crm.scoring.model;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * The result of fitting a logistic regression: intercept, one coefficient per column, and
 * whether the solver converged (a fit that did not is still usable but worth reporting).
 *
 * @param intercept    the intercept (never penalised)
 * @param coefficients one per model column
 * @param iterations   outer solver iterations used
 * @param converged    whether the stopping tolerance was met
 */
public record LogisticFit(double intercept, double[] coefficients, int iterations, boolean converged) {

    public LogisticFit {
        Preconditions.notNull(coefficients, "coefficients");
        coefficients = coefficients.clone();
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** The linear predictor (log-odds) of row {@code row} of a row-major matrix. */
    public double linearPredictor(double[] x, int row, int columns) {
        double z = intercept;
        int offset = row * columns;
        for (int j = 0; j < columns; j++) {
            z += coefficients[j] * x[offset + j];
        }
        return z;
    }
}
