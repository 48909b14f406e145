package org.smartbizflow.crm.scoring;

import java.util.List;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * The tone of a piece of text (an activity note, a feedback comment), so the CRM can flag an
 * unhappy customer or weigh a next action.
 *
 * @param score  from -1 (very negative) to 1 (very positive), 0 neutral
 * @param label  the score as a word
 * @param cues   the words or phrases that carried the tone, with their signed weight, strongest first
 */
public record Sentiment(double score, Label label, List<Factor> cues) {

    /** Coarse tone. */
    public enum Label { NEGATIVE, NEUTRAL, POSITIVE }

    public Sentiment {
        Preconditions.check(score >= -1 && score <= 1, "score", "must be between -1 and 1: " + score);
        Preconditions.notNull(label, "label");
        Preconditions.notNull(cues, "cues");
        cues = List.copyOf(cues);
    }
}
