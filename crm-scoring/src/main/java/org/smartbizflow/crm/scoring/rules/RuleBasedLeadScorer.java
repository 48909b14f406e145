package org.smartbizflow.crm.scoring.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.smartbizflow.crm.scoring.EngagementEvent;
import org.smartbizflow.crm.scoring.Factor;
import org.smartbizflow.crm.scoring.Grade;
import org.smartbizflow.crm.scoring.LeadProfile;
import org.smartbizflow.crm.scoring.Score;
import org.smartbizflow.crm.scoring.ScoreExplanation;
import org.smartbizflow.crm.scoring.port.out.LeadScorer;
import org.smartbizflow.crm.shared.CrmException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.Violation;

/**
 * Scores leads with a {@link RuleSet}. Fit points (capped, floored at zero) and decayed
 * engagement points (capped per rule and overall) are each normalised to 0-100; the score is
 * their weighted mean and the grade crosses them: A good fit and engaged, B good fit only,
 * C engaged only, D neither. The score never decreases when a rule's points increase, and
 * every score lists the rules that fired with their points.
 */
public final class RuleBasedLeadScorer implements LeadScorer {

    private static final double DAY_SECONDS = 86_400;

    private final RuleSet rules;

    private RuleBasedLeadScorer(RuleSet rules) {
        this.rules = Preconditions.notNull(rules, "rules");
    }

    public static RuleBasedLeadScorer of(RuleSet rules) {
        return new RuleBasedLeadScorer(rules);
    }

    /** A scorer for a rule set given as JSON; see {@link RuleSetJson} for the format. */
    public static RuleBasedLeadScorer fromJson(String json) {
        return new RuleBasedLeadScorer(RuleSetJson.parse(json));
    }

    public RuleSet rules() {
        return rules;
    }

    @Override
    public String version() {
        return rules.version();
    }

    @Override
    public Score score(LeadProfile profile, Instant asOf) {
        Preconditions.notNull(profile, "profile");
        Preconditions.notNull(asOf, "asOf");
        List<Factor> factors = new ArrayList<>();
        double fitPoints = 0;
        for (FitRule rule : rules.fitRules()) {
            Optional<String> value = profile.attribute(rule.field());
            if (value.isPresent() && rule.condition().matches(value.get())) {
                fitPoints += rule.points();
                factors.add(new Factor(rule.id(), rule.field() + " " + value.get(), rule.points(), Factor.Unit.POINTS));
            }
        }
        double engagementPoints = 0;
        for (EngagementRule rule : rules.engagementRules()) {
            double sum = 0;
            int count = 0;
            for (EngagementEvent event : profile.events()) {
                if (event.type() != rule.event() || event.at().isAfter(asOf)) {
                    continue;
                }
                double ageDays = Duration.between(event.at(), asOf).getSeconds() / DAY_SECONDS;
                double decay = rule.halfLifeDays() == 0 ? 1 : Math.pow(0.5, ageDays / rule.halfLifeDays());
                sum += rule.points() * decay;
                count++;
            }
            double contribution = Math.min(sum, rule.cap());
            if (count > 0 && contribution != 0) {
                engagementPoints += contribution;
                factors.add(new Factor(rule.id(), count + " x " + rule.event(), contribution, Factor.Unit.POINTS));
            }
        }
        double fit = normalise(fitPoints, rules.fitCap());
        double engagement = normalise(engagementPoints, rules.engagementCap());
        double value = rules.fitWeight() * fit + (1 - rules.fitWeight()) * engagement;
        value = Math.min(100, Math.max(0, value));
        return new Score(value, grade(fit, engagement), rules.version(), new ScoreExplanation(factors));
    }

    /** The fit part of a score alone, 0-100, e.g. to show beside the combined score. */
    public double fitScore(LeadProfile profile) {
        double points = 0;
        for (FitRule rule : rules.fitRules()) {
            Optional<String> value = profile.attribute(rule.field());
            if (value.isPresent() && rule.condition().matches(value.get())) {
                points += rule.points();
            }
        }
        return normalise(points, rules.fitCap());
    }

    /**
     * Re-scores many leads, typically after a rule change: each new score goes to
     * {@code sink} (to be stored by the caller), progress is reported about every 1%, and a
     * lead that cannot be scored is listed in the report rather than stopping the batch.
     */
    public RescoreReport rescore(Collection<LeadProfile> profiles, Instant asOf, Consumer<ScoredLead> sink,
                                 RescoreProgress progress) {
        Preconditions.notNull(profiles, "profiles");
        Preconditions.notNull(asOf, "asOf");
        Preconditions.notNull(sink, "sink");
        Preconditions.notNull(progress, "progress");
        long total = profiles.size();
        long step = Math.max(1, total / 100);
        long done = 0;
        long scored = 0;
        List<Violation> failures = new ArrayList<>();
        for (LeadProfile profile : profiles) {
            try {
                Preconditions.notNull(profile, "profile");
                sink.accept(new ScoredLead(profile.subjectId(), score(profile, asOf)));
                scored++;
            } catch (CrmException e) {
                failures.add(new Violation(profile == null ? "(null)" : profile.subjectId(), e.getMessage()));
            }
            done++;
            if (done % step == 0 && done != total) {
                progress.update(done, total);
            }
        }
        progress.update(done, total);
        return new RescoreReport(rules.version(), scored, failures);
    }

    private Grade grade(double fit, double engagement) {
        boolean goodFit = fit >= rules.gradeFitThreshold();
        boolean engaged = engagement >= rules.gradeEngagementThreshold();
        return goodFit && engaged ? Grade.A : goodFit ? Grade.B : engaged ? Grade.C : Grade.D;
    }

    private static double normalise(double points, double cap) {
        return 100 * Math.min(Math.max(points, 0), cap) / cap;
    }
}
