package org.smartbizflow.crm.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Why a score came out as it did. Every score carries one, because a number a rep cannot
 * question is a number a rep ignores.
 *
 * @param factors the contributing factors, strongest first by absolute effect
 */
public record ScoreExplanation(List<Factor> factors) {

    private static final Comparator<Factor> STRONGEST_FIRST =
            Comparator.comparingDouble((Factor f) -> -Math.abs(f.effect())).thenComparing(Factor::name);

    public ScoreExplanation {
        Preconditions.notNull(factors, "factors");
        factors = factors.stream().sorted(STRONGEST_FIRST).collect(Collectors.toUnmodifiableList());
    }

    public static ScoreExplanation none() {
        return new ScoreExplanation(List.of());
    }

    /** The {@code n} factors that raised the score most, strongest first. */
    public List<Factor> topPositive(int n) {
        return factors.stream().filter(f -> f.effect() > 0).limit(n).collect(Collectors.toUnmodifiableList());
    }

    /** The {@code n} factors that lowered the score most, strongest first. */
    public List<Factor> topNegative(int n) {
        return factors.stream().filter(f -> f.effect() < 0).limit(n).collect(Collectors.toUnmodifiableList());
    }

    /** The factors as sentences, one per line, strongest first. */
    public String describe() {
        return factors.stream().map(Factor::describe).collect(Collectors.joining(System.lineSeparator()));
    }
}
