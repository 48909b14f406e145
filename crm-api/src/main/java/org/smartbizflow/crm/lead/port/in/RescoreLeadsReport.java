package org.smartbizflow.crm.lead.port.in;

import java.util.List;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * The outcome of a bulk re-score. Every stale lead up to {@code lastLeadId} (in id order) that
 * is not listed in {@code failures} now carries a score of {@code version}; a failed lead keeps
 * its earlier score and is still stale, so running again retries it.
 *
 * @param version    the scorer version the leads were scored with
 * @param scored     leads scored and stored
 * @param failures   leads that could not be scored, each with the reason (access denied, a
 *                   conflict with a concurrent change, or the scorer's error)
 * @param lastLeadId the last lead handled, or null when no lead was stale
 */
public record RescoreLeadsReport(String version, long scored, List<BulkItemResult> failures, LeadId lastLeadId) {

    public RescoreLeadsReport {
        Preconditions.notBlank(version, "version");
        Preconditions.check(scored >= 0, "scored", "must not be negative");
        failures = List.copyOf(Preconditions.notNull(failures, "failures"));
    }
}
