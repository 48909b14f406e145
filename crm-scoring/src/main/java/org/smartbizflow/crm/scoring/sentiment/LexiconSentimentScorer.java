package org.smartbizflow.crm.scoring.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartbizflow.crm.scoring.Factor;
import org.smartbizflow.crm.scoring.Sentiment;
import org.smartbizflow.crm.scoring.port.out.SentimentScorer;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * A small, transparent sentiment scorer for activity notes and feedback: words and two-word
 * phrases from a lexicon carry signed weights, a negator ("not", "didn't", ...) flips and
 * damps the tone of the next three words, a booster ("very") scales the next one, and a
 * clause after "but" counts more than the one before it. The sum is squashed into -1..1.
 * Good enough to flag an angry note; a host wanting more plugs its own
 * {@link SentimentScorer}. The English lexicon ships as data in the jar
 * ({@code lexicon-en.tsv}) and a team can load its own with {@link #fromLexicon}.
 */
public final class LexiconSentimentScorer implements SentimentScorer {

    private static final Pattern TOKEN = Pattern.compile("[a-z]+(?:'[a-z]+)?");
    private static final double NEGATION = -0.75;
    private static final int NEGATION_SCOPE = 3;
    private static final double AFTER_BUT = 1.5;
    private static final double BEFORE_BUT = 0.5;
    private static final double SQUASH = 15;
    private static final double NEUTRAL_BAND = 0.05;

    private final Map<String, Double> words;
    private final Map<String, Double> boosters;
    private final java.util.Set<String> negators;

    private LexiconSentimentScorer(Map<String, Double> words, Map<String, Double> boosters,
                                   java.util.Set<String> negators) {
        this.words = Map.copyOf(words);
        this.boosters = Map.copyOf(boosters);
        this.negators = java.util.Set.copyOf(negators);
    }

    /** The scorer with the English lexicon shipped in the jar. */
    public static LexiconSentimentScorer english() {
        InputStream in = LexiconSentimentScorer.class.getResourceAsStream("lexicon-en.tsv");
        if (in == null) {
            throw new IllegalStateException("the English sentiment lexicon is missing from the jar");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return fromLexicon(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A scorer for a lexicon in the shipped format: {@code kind<TAB>term<TAB>weight} lines
     * with kind {@code word}, {@code negator} or {@code booster}; {@code #} starts a comment.
     *
     * @throws ValidationException naming the line of a malformed entry
     */
    public static LexiconSentimentScorer fromLexicon(Reader source) throws IOException {
        Map<String, Double> words = new HashMap<>();
        Map<String, Double> boosters = new HashMap<>();
        java.util.Set<String> negators = new java.util.HashSet<>();
        BufferedReader reader = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 3) {
                throw new ValidationException("lexicon line " + number, "expected kind, term and weight separated by tabs");
            }
            String term = parts[1].strip().toLowerCase(Locale.ROOT);
            double weight;
            try {
                weight = Double.parseDouble(parts[2].strip());
            } catch (NumberFormatException e) {
                throw new ValidationException("lexicon line " + number, "weight is not a number: " + parts[2]);
            }
            switch (parts[0].strip()) {
                case "word" -> words.put(term, weight);
                case "booster" -> boosters.put(term, weight);
                case "negator" -> negators.add(term);
                default -> throw new ValidationException("lexicon line " + number,
                        "kind must be word, negator or booster, not " + parts[0]);
            }
        }
        Preconditions.check(!words.isEmpty(), "lexicon", "has no word entries");
        return new LexiconSentimentScorer(words, boosters, negators);
    }

    @Override
    public Sentiment score(String text) {
        Preconditions.notNull(text, "text");
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        int but = tokens.lastIndexOf("but");
        List<Factor> cues = new ArrayList<>();
        double sum = 0;
        int negatedUntil = -1;
        double boost = 1;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String pair = i + 1 < tokens.size() ? token + " " + tokens.get(i + 1) : null;
            if (pair != null && words.containsKey(pair)) {
                sum += cue(pair, words.get(pair), i, negatedUntil, boost, but, cues);
                boost = 1;
                i++;
                continue;
            }
            if (pair != null && boosters.containsKey(pair)) {
                boost *= boosters.get(pair);
                i++;
                continue;
            }
            if (negators.contains(token)) {
                negatedUntil = i + NEGATION_SCOPE;
                continue;
            }
            if (boosters.containsKey(token)) {
                boost *= boosters.get(token);
                continue;
            }
            Double weight = words.get(token);
            if (weight != null) {
                sum += cue(token, weight, i, negatedUntil, boost, but, cues);
            }
            boost = 1;
        }
        double score = sum / Math.sqrt(sum * sum + SQUASH);
        Sentiment.Label label = score >= NEUTRAL_BAND ? Sentiment.Label.POSITIVE
                : score <= -NEUTRAL_BAND ? Sentiment.Label.NEGATIVE : Sentiment.Label.NEUTRAL;
        cues.sort((a, b) -> Double.compare(Math.abs(b.effect()), Math.abs(a.effect())));
        return new Sentiment(Math.max(-1, Math.min(1, score)), label, cues);
    }

    private static double cue(String term, double weight, int position, int negatedUntil, double boost, int but,
                              List<Factor> cues) {
        boolean negated = position <= negatedUntil;
        double value = weight * boost * (negated ? NEGATION : 1);
        if (but >= 0) {
            value *= position > but ? AFTER_BUT : BEFORE_BUT;
        }
        cues.add(new Factor(term, negated ? "negated" : "", value, Factor.Unit.POINTS));
        return value;
    }
}
