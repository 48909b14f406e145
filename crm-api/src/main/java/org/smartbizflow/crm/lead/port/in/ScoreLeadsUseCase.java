package org.smartbizflow.crm.lead.port.in;

import java.util.Optional;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadScore;

/**
 * Lead scores made by the {@link org.smartbizflow.crm.scoring.port.out.LeadScorer} the host
 * configured ({@code Crm.builder().leadScorer(...)}). The scorer sees the lead's profile (source,
 * status, company, e-mail domain, country, employees, territory, campaign, UTM fields, tags,
 * budget, decision maker, custom fields) and its engagement: calls and meetings held and e-mails
 * logged as activities, plus what the host's
 * {@link org.smartbizflow.crm.lead.port.out.EngagementSource} adds. The score, grade,
 * version and factors are stored; the rounded value also goes on the lead for search and
 * sorting, audited like any other change.
 */
public interface ScoreLeadsUseCase {

    /**
     * Scores the lead now and stores the result.
     *
     * @throws org.smartbizflow.crm.shared.NotFoundException when the tenant has no such lead
     * @throws IllegalStateException when no lead scorer is configured
     */
    LeadScore score(LeadId leadId);

    /** The latest stored score with its explanation, if the lead was ever scored. */
    Optional<LeadScore> latestScore(LeadId leadId);

    /**
     * Re-scores, batch by batch, every lead not scored with the scorer's current version.
     *
     * @throws IllegalStateException when no lead scorer is configured
     */
    RescoreLeadsReport rescore(RescoreLeads command);

    /**
     * What to do next with the lead, from the configured
     * {@link org.smartbizflow.crm.scoring.port.out.NextBestActionRecommender}. It is given the
     * lead's stored score and grade (0 and D while unscored), the days since its last completed
     * activity, its open and overdue tasks, whether a meeting is booked, its open deal (a lead
     * converted into a deal still open) and, with a
     * {@link org.smartbizflow.crm.scoring.port.out.SentimentScorer} configured, the tone of the
     * outcome and notes of its latest completed activity. Writes nothing.
     *
     * @throws org.smartbizflow.crm.shared.NotFoundException when the tenant has no such lead
     * @throws IllegalStateException when no recommender is configured
     */
    NextActions nextActions(LeadId leadId);
}
