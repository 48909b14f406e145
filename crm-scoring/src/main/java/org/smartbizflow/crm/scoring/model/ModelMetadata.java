package org.smartbizflow.crm.scoring.model;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * What a saved model records about its training, so a score can be traced to the model that
 * produced it and the model to the data it learned from.
 *
 * @param modelVersion  a content hash of the fitted model; every prediction records it
 * @param target        the outcome it predicts
 * @param positiveLabel the value of the outcome that counts as positive
 * @param rows          training rows
 * @param positives     positive outcomes in training
 * @param lambda        the penalty strength used
 * @param l1Ratio       the L1 share of the penalty
 * @param classWeighting the class weighting used
 * @param iterations    solver iterations of the final fit
 * @param converged     whether the final fit converged
 */
public record ModelMetadata(String modelVersion, String target, String positiveLabel, int rows, int positives,
                            double lambda, double l1Ratio, ClassWeighting classWeighting, int iterations,
                            boolean converged) {

    public ModelMetadata {
        Preconditions.notBlank(modelVersion, "modelVersion");
        Preconditions.notBlank(target, "target");
        Preconditions.notBlank(positiveLabel, "positiveLabel");
        Preconditions.check(rows >= 0 && positives >= 0 && positives <= rows, "positives",
                "must be between 0 and rows");
        Preconditions.notNull(classWeighting, "classWeighting");
    }
}
