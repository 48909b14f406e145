package org.smartbizflow.crm.scoring;

import java.util.Locale;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * One reason behind a score: a rule that fired with its points, or a model feature with its
 * value and its effect on the log-odds. Kept as a value so a host can render it however it
 * likes; {@link #describe()} gives the sentence a sales rep reads.
 *
 * @param name   the rule id or feature name
 * @param value  the observed value that made it count (a field value, an event type), or an
 *               empty string when there is none
 * @param effect points added (rules) or change in log-odds (models); negative lowers the score
 * @param unit   what {@code effect} is measured in
 */
public record Factor(String name, String value, double effect, Unit unit) {

    /** The scale of {@link Factor#effect()}. */
    public enum Unit {
        /** Rule points before the score is capped and normalised. */
        POINTS,
        /** Additive change in the log-odds of the outcome. */
        LOG_ODDS
    }

    public Factor {
        Preconditions.notBlank(name, "name");
        Preconditions.notNull(value, "value");
        Preconditions.notNull(unit, "unit");
        Preconditions.check(Double.isFinite(effect), "effect", "must be a finite number");
    }

    /**
     * A one-line, plain-language account, e.g. {@code international_plan = yes raises the odds
     * x5.97 (+1.79 log-odds)} or {@code target-industry (industry Software): +20.0 points}.
     */
    public String describe() {
        if (unit == Unit.POINTS) {
            String source = value.isEmpty() ? name : name + " (" + value + ")";
            return String.format(Locale.ROOT, "%s: %+.1f points", source, effect);
        }
        String subject = value.isEmpty() ? name : name + " = " + value;
        String direction = effect >= 0 ? "raises" : "lowers";
        double oddsFactor = Math.exp(effect);
        return String.format(Locale.ROOT, "%s %s the odds x%.2f (%+.2f log-odds)", subject, direction,
                oddsFactor, effect);
    }
}
