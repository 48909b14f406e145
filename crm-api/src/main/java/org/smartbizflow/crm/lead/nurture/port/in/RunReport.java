package org.smartbizflow.crm.lead.nurture.port.in;

import java.util.List;

/**
 * One result per due step a scheduler's call looked at, in the order they ran.
 *
 * @param results the per-step results
 */
public record RunReport(List<StepResult> results) {

    public RunReport {
        results = List.copyOf(results);
    }

    public long count(StepResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
