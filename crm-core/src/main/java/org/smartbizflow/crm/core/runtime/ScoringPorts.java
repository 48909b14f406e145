package org.smartbizflow.crm.core.runtime;

import java.util.Objects;
import org.smartbizflow.crm.lead.port.out.EngagementSource;
import org.smartbizflow.crm.scoring.port.out.AccountActionRecommender;
import org.smartbizflow.crm.scoring.port.out.ChurnRiskModel;
import org.smartbizflow.crm.scoring.port.out.LeadScorer;
import org.smartbizflow.crm.scoring.port.out.NextBestActionRecommender;
import org.smartbizflow.crm.scoring.port.out.SentimentScorer;

/**
 * The host's scoring ports: the lead scorer with the engagement it adds to the CRM's own
 * activities, the next-best-action recommender with the sentiment scorer it reads notes with,
 * and the account churn model. (The win-probability model is with the deal ports.)
 *
 * @param scorer      scores leads, or null when the host configured none
 * @param engagement  the host's engagement events; {@link EngagementSource#NONE} when it has none
 * @param recommender suggests next actions for leads, or null when the host configured none
 * @param accountRecommender suggests next actions for accounts, or null when the host configured none
 * @param sentiment   reads the tone of activity notes, or null when the host configured none
 * @param churn       estimates account churn risk, or null when the host configured none
 */
public record ScoringPorts(LeadScorer scorer, EngagementSource engagement, NextBestActionRecommender recommender,
                           AccountActionRecommender accountRecommender, SentimentScorer sentiment,
                           ChurnRiskModel churn) {

    public ScoringPorts {
        Objects.requireNonNull(engagement, "engagement");
    }

    /** None: leads keep the scores recorded for them by hand. */
    public static ScoringPorts none() {
        return new ScoringPorts(null, EngagementSource.NONE, null, null, null, null);
    }
}
