package org.smartbizflow.crm.scoring.port.out;

import java.time.Instant;
import org.smartbizflow.crm.scoring.LeadProfile;
import org.smartbizflow.crm.scoring.Score;

/**
 * Scores a lead. The CRM calls it when a lead changes; crm-scoring brings a rule-based and a
 * predictive implementation, and a host may plug its own.
 */
public interface LeadScorer {

    /**
     * Scores the profile as of the given instant (engagement decays with age, and the CRM
     * never reads the clock inside a scorer).
     */
    Score score(LeadProfile profile, Instant asOf);

    /** The rule-set or model version every score records. */
    String version();
}
