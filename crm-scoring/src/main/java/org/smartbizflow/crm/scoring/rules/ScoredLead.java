package org.smartbizflow.crm.scoring.rules;

import org.smartbizflow.crm.scoring.Score;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * One result of a bulk re-score: which lead and its new score.
 *
 * @param subjectId the lead scored
 * @param score     its new score
 */
public record ScoredLead(String subjectId, Score score) {

    public ScoredLead {
        Preconditions.notBlank(subjectId, "subjectId");
        Preconditions.notNull(score, "score");
    }
}
