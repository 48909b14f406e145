package org.smartbizflow.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.scoring.sentiment.LexiconSentimentScorer;
import org.smartbizflow.crm.shared.ValidationException;

class SentimentTest {

    private final LexiconSentimentScorer scorer = LexiconSentimentScorer.english();

    @Test
    void readsToneOfNotes() {
        assertThat(scorer.score("Great call, they were very happy with the demo").label())
                .isEqualTo(Sentiment.Label.POSITIVE);
        assertThat(scorer.score("Customer is furious about the outage and wants a refund").label())
                .isEqualTo(Sentiment.Label.NEGATIVE);
        assertThat(scorer.score("Sent the contract on Tuesday").label()).isEqualTo(Sentiment.Label.NEUTRAL);
    }

    @Test
    void negationFlipsTheTone() {
        Sentiment notHappy = scorer.score("They are not happy with support");
        assertThat(notHappy.label()).isEqualTo(Sentiment.Label.NEGATIVE);
        assertThat(notHappy.cues()).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo("negated"));
        assertThat(scorer.score("The rollout didn't have any problems").score()).isPositive();
    }

    @Test
    void theClauseAfterButWeighsMore() {
        assertThat(scorer.score("The product is good but the price is too expensive").score()).isNegative();
        assertThat(scorer.score("Some issues at first, but now they love it").score()).isPositive();
    }

    @Test
    void boostersAndPhrasesCount() {
        assertThat(scorer.score("very good").score()).isGreaterThan(scorer.score("good").score());
        assertThat(scorer.score("They have no budget this year").score()).isNegative();
        assertThat(scorer.score("Great great great great great great").score()).isLessThanOrEqualTo(1);
    }

    @Test
    void aTeamCanShipItsOwnLexiconAndBadLinesAreNamed() throws Exception {
        LexiconSentimentScorer custom = LexiconSentimentScorer.fromLexicon(new StringReader(
                "# ours\nword\tchuffed\t3\nnegator\tnae\t1\n"));
        assertThat(custom.score("chuffed").label()).isEqualTo(Sentiment.Label.POSITIVE);
        assertThat(custom.score("nae chuffed").label()).isEqualTo(Sentiment.Label.NEGATIVE);
        assertThatThrownBy(() -> LexiconSentimentScorer.fromLexicon(new StringReader("word\tgood\tvery\n")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("lexicon line 1");
    }
}
