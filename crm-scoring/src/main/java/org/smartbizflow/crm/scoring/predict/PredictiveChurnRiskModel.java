package org.smartbizflow.crm.scoring.predict;

import org.smartbizflow.crm.scoring.FeatureValues;
import org.smartbizflow.crm.scoring.Prediction;
import org.smartbizflow.crm.scoring.model.ScoringModel;
import org.smartbizflow.crm.scoring.port.out.ChurnRiskModel;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Account churn risk from a model trained on account attributes (for example with
 * {@link org.smartbizflow.crm.scoring.model.TrainingData#fromTable} on exported history).
 * Each risk lists the three attributes that raised it most and the three that lowered it most.
 */
public final class PredictiveChurnRiskModel implements ChurnRiskModel {

    private static final int TOP_FACTORS = 3;

    private final ScoringModel model;

    public PredictiveChurnRiskModel(ScoringModel model) {
        this.model = Preconditions.notNull(model, "model");
    }

    public ScoringModel model() {
        return model;
    }

    @Override
    public Prediction churnRisk(FeatureValues account) {
        Preconditions.notNull(account, "account");
        return model.predict(account.values(), TOP_FACTORS);
    }
}
