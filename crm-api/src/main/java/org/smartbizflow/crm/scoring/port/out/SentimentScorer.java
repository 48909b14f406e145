package org.smartbizflow.crm.scoring.port.out;

import org.smartbizflow.crm.scoring.Sentiment;

/**
 * Reads the tone of free text (activity notes, feedback). crm-scoring ships a small English
 * lexicon scorer; a host with a better one (a hosted language model, another language) plugs
 * it in here.
 */
public interface SentimentScorer {

    Sentiment score(String text);
}
