package org.smartbizflow.crm.scoring.model;

/** How rows are weighted by outcome during training. */
public enum ClassWeighting {
    /** Every row counts the same. */
    NONE,
    /**
     * Each outcome class carries half the total weight, so a rare outcome (churn, a won
     * deal) is not drowned out; calibration then restores true probabilities.
     */
    BALANCED
}
