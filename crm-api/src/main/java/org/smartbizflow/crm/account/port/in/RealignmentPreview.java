package org.smartbizflow.crm.account.port.in;

import java.time.Instant;
import java.util.List;

/**
 * What a realignment would change, computed from the current rules without changing
 * anything: review it, then pass it to apply.
 *
 * @param preparedAt when it was computed
 * @param evaluated  how many accounts were evaluated
 * @param changes    the accounts whose territory would change
 */
public record RealignmentPreview(Instant preparedAt, long evaluated, List<Reassignment> changes) {

    public RealignmentPreview {
        changes = List.copyOf(changes);
    }
}
