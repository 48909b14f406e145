package org.smartbizflow.crm.scoring.port.out;

import org.smartbizflow.crm.scoring.DealFeatures;
import org.smartbizflow.crm.scoring.Prediction;

/**
 * Estimates the chance that an open opportunity is won; the opportunity's probability field
 * and the forecasts use it in place of a fixed per-stage percentage when one is configured.
 */
public interface WinProbabilityModel {

    Prediction winProbability(DealFeatures deal);
}
