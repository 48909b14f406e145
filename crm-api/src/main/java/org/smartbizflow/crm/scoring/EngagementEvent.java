package org.smartbizflow.crm.scoring;

import java.time.Instant;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * One engagement of a prospect (an e-mail opened, a form submitted, a meeting held) and when
 * it happened, so engagement rules can decay it with age.
 *
 * @param type what happened
 * @param at   when it happened
 */
public record EngagementEvent(EngagementType type, Instant at) {

    public EngagementEvent {
        Preconditions.notNull(type, "type");
        Preconditions.notNull(at, "at");
    }
}
