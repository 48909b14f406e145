package org.smartbizflow.crm.scoring.evaluation;

/**
 * One decile of predictions: how many records, the mean predicted probability, and the rate
 * at which the outcome actually happened. A calibrated model has the two close in every bin.
 *
 * @param decile        1 (lowest predictions) to 10
 * @param count         records in the bin
 * @param meanPredicted mean predicted probability
 * @param observedRate  share of positive outcomes
 */
public record CalibrationBin(int decile, int count, double meanPredicted, double observedRate) {
}
