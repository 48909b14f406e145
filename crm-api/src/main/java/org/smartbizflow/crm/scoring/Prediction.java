package org.smartbizflow.crm.scoring;

import org.smartbizflow.crm.shared.Percentage;
import org.smartbizflow.crm.shared.Preconditions;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A calibrated probability of an outcome (a win, a churn, a conversion) with the model
 * version and the factors that pushed it up or down. Calibrated means that of all the
 * predictions near 0.3, about 30% come true, so the figure can be used as a probability.
 *
 * @param probability  between 0 and 1
 * @param modelVersion the model that produced it
 * @param explanation  the top factors, in log-odds
 */
public record Prediction(double probability, String modelVersion, ScoreExplanation explanation) {

    public Prediction {
        Preconditions.check(probability >= 0 && probability <= 1, "probability",
                "must be between 0 and 1: " + probability);
        Preconditions.notBlank(modelVersion, "modelVersion");
        Preconditions.notNull(explanation, "explanation");
    }

    /** The probability as a percentage with one decimal, e.g. for an opportunity's probability field. */
    public Percentage asPercentage() {
        return new Percentage(BigDecimal.valueOf(probability * 100).setScale(1, RoundingMode.HALF_EVEN));
    }
}
