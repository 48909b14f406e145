package org.smartbizflow.crm.scoring.model;

/** How raw model scores are mapped to probabilities that match observed rates. */
public enum CalibrationMethod {
    /** Use the logistic output as is. */
    NONE,
    /** Platt scaling: a logistic fit on the held-out log-odds; smooth, needs little data. */
    PLATT,
    /** Isotonic regression on the held-out log-odds; any monotone shape, needs more data. */
    ISOTONIC
}
