package org.smartbizflow.crm.account;

import org.smartbizflow.crm.scoring.FeatureValues;
import org.smartbizflow.crm.scoring.Prediction;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * An account's churn risk as the configured model estimated it, with the attributes it was
 * given, so the estimate can be checked against them.
 *
 * @param accountId  the account
 * @param features   what the model was given
 * @param prediction the calibrated probability of churn, the model version and the factors
 */
public record ChurnAssessment(AccountId accountId, FeatureValues features, Prediction prediction) {

    public ChurnAssessment {
        Preconditions.notNull(accountId, "accountId");
        Preconditions.notNull(features, "features");
        Preconditions.notNull(prediction, "prediction");
    }
}
