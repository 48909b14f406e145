package org.smartbizflow.crm.scoring.model;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * The result of asking for a model: a trained model, or a refusal when the data cannot
 * support one. Too few outcomes is an expected business situation (a new tenant, a young
 * pipeline), so it is a value the host shows to the user, not an exception.
 */
public sealed interface TrainingOutcome permits TrainingOutcome.Trained, TrainingOutcome.NotEnoughData {

    /** A trained and calibrated model. */
    record Trained(ScoringModel model) implements TrainingOutcome {
        public Trained {
            Preconditions.notNull(model, "model");
        }
    }

    /**
     * Too few outcomes of one class to learn from.
     *
     * @param positives    positive outcomes available
     * @param negatives    negative outcomes available
     * @param minPositives positives required
     * @param minNegatives negatives required
     */
    record NotEnoughData(int positives, int negatives, int minPositives, int minNegatives)
            implements TrainingOutcome {

        /** The refusal in words. */
        public String message() {
            return "Not enough outcomes to train a reliable model: " + positives + " positive (need "
                    + minPositives + ") and " + negatives + " negative (need " + minNegatives
                    + "). Collect more history or lower the minimum in TrainingOptions.";
        }
    }

    /** The model, or a {@link IllegalStateException} carrying the refusal message. */
    default ScoringModel orElseThrow() {
        if (this instanceof Trained trained) {
            return trained.model();
        }
        throw new IllegalStateException(((NotEnoughData) this).message());
    }
}
