package org.smartbizflow.crm.scoring.feature;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * Choices made when fitting a pipeline.
 *
 * @param minCategoryFrequency a categorical level seen fewer times than this in training goes
 *                             to the "other" bucket, so the model does not learn from a handful
 *                             of rows
 * @param maxCategoryLevels    at most this many levels per attribute keep their own column
 *                             (the most frequent ones); the rest go to "other"
 */
public record PipelineOptions(int minCategoryFrequency, int maxCategoryLevels) {

    public PipelineOptions {
        Preconditions.check(minCategoryFrequency >= 1, "minCategoryFrequency", "must be at least 1");
        Preconditions.check(maxCategoryLevels >= 1, "maxCategoryLevels", "must be at least 1");
    }

    public static PipelineOptions defaults() {
        return new PipelineOptions(10, 100);
    }
}
