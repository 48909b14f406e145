package org.smartbizflow.crm.scoring.feature;

/** How a raw attribute becomes model inputs. */
public enum ColumnKind {
    /** A number: standardised, missing values imputed with the mean and flagged. */
    NUMERIC,
    /** Text from a small set: one-hot, rare levels pooled into an "other" bucket. */
    CATEGORICAL,
    /** Yes/no: 0 or 1, missing imputed with the training rate. */
    BOOLEAN,
    /** A date: its age in days (standardised) and its day of week. */
    DATE
}
