package org.smartbizflow.crm.opportunity;

/** Where an opportunity's probability comes from; only STAGE and MODEL follow the deal automatically. */
public enum ProbabilitySource {
    /** The current stage's default probability. */
    STAGE,
    /** Set by hand; stays until cleared. */
    OVERRIDE,
    /** Estimated by the configured win-probability model. */
    MODEL
}
