package org.smartbizflow.crm.core.runtime;

import java.util.Objects;
import org.smartbizflow.crm.lead.port.out.EngagementSource;
import org.smartbizflow.crm.scoring.port.out.LeadScorer;
import org.smartbizflow.crm.scoring.port.out.NextBestActionRecommender;
import org.smartbizflow.crm.scoring.port.out.SentimentScorer;

/**
 * The host's lead scorer, the engagement it adds to the CRM's own activities, and the
 * next-best-action recommender with the sentiment scorer it reads notes with.
 *
 * @param scorer      scores leads, or null when the host configured none
 * @param engagement  the host's engagement events; {@link EngagementSource#NONE} when it has none
 * @param recommender suggests next actions, or null when the host configured none
 * @param sentiment   reads the tone of activity notes, or null when the host configured none
 */
public record LeadScoringPorts(LeadScorer scorer, EngagementSource engagement,
                               NextBestActionRecommender recommender, SentimentScorer sentiment) {

    public LeadScoringPorts {
        Objects.requireNonNull(engagement, "engagement");
    }

    /** No scorer: leads keep the scores recorded for them by hand. */
    public static LeadScoringPorts none() {
        return new LeadScoringPorts(null, EngagementSource.NONE, null, null);
    }
}
