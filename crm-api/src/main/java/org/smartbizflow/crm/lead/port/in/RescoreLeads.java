package org.smartbizflow.crm.lead.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Re-score every lead whose stored score was not made by the configured scorer's current
 * version (or that has none), for instance after the rule set changed. Merged leads are left
 * alone. Each batch of leads is scored and stored in its own transaction.
 *
 * @param batchSize leads per transaction, 1 to 1,000
 * @param progress  told after each batch; may be null
 */
public record RescoreLeads(@Min(1) @Max(1000) int batchSize, Progress progress) {

    /** All stale leads, in batches of 200, without progress reports. */
    public static RescoreLeads all() {
        return new RescoreLeads(200, null);
    }

    /** The same, telling {@code progress} after each batch. */
    public RescoreLeads reportingTo(Progress progress) {
        return new RescoreLeads(batchSize, progress);
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
