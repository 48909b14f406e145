package org.smartbizflow.crm.scoring;

/**
 * A letter a sales team can sort by without reading numbers: A is the best prospect, D the
 * weakest. Rule-based scoring derives it from fit and engagement together, so two leads with
 * the same number but different profiles can still be told apart.
 */
public enum Grade {
    A, B, C, D
}
