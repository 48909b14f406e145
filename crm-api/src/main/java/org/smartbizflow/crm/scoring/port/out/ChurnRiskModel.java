package org.smartbizflow.crm.scoring.port.out;

import org.smartbizflow.crm.scoring.FeatureValues;
import org.smartbizflow.crm.scoring.Prediction;

/**
 * Estimates the chance that an account churns, from whatever attributes the model was
 * trained on (plan, usage, support contacts, ...). Missing attributes are tolerated.
 */
public interface ChurnRiskModel {

    Prediction churnRisk(FeatureValues account);
}
