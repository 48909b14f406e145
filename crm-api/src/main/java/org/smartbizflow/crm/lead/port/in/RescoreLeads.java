package org.smartbizflow.crm.lead.port.in;

import jakarta.validation.constraints.Max;
import java.time.Instant;
import jakarta.validation.constraints.Min;

/**
 * Re-score every lead whose stored score was not made by the configured scorer's current
 * version (or that has none), for instance after the rule set changed, and optionally every
 * lead scored before a cut-off, so that engagement that decays with age is weighed as of now
 * (a nightly run with yesterday's cut-off, say). Merged leads are left alone. Each batch of
 * leads is scored and stored in its own transaction.
 *
 * @param batchSize    leads per transaction, 1 to 1,000
 * @param scoredBefore also re-score leads scored before this instant; null for version only
 * @param progress     told after each batch; may be null
 */
public record RescoreLeads(@Min(1) @Max(1000) int batchSize, Instant scoredBefore, Progress progress) {

    /** All stale leads, in batches of 200, without progress reports. */
    public static RescoreLeads all() {
        return new RescoreLeads(200, null, null);
    }

    /** The same in batches of {@code size}. */
    public RescoreLeads inBatchesOf(int size) {
        return new RescoreLeads(size, scoredBefore, progress);
    }

    /** The same, and also the leads last scored before {@code cutoff}. */
    public RescoreLeads scoredBefore(Instant cutoff) {
        return new RescoreLeads(batchSize, cutoff, progress);
    }

    /** The same, telling {@code progress} after each batch. */
    public RescoreLeads reportingTo(Progress progress) {
        return new RescoreLeads(batchSize, scoredBefore, progress);
    }

    /** Progress of a bulk re-score. */
    @FunctionalInterface
    public interface Progress {

        /**
         * @param done  leads handled so far (scored or failed)
         * @param total leads that were stale when the run started; leads captured meanwhile may
         *              make {@code done} end above it
         */
        void update(long done, long total);
    }
}
