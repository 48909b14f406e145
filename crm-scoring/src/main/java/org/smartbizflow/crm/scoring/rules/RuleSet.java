package org.smartbizflow.crm.scoring.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A versioned, declarative lead-scoring policy: fit rules over profile attributes and
 * engagement rules over events, each side capped and normalised to 0-100, combined with a
 * weight into the score, and crossed into an A-D grade. Usually written as JSON by sales
 * operations and read with {@link RuleSetJson#parse}; every score records {@link #version()}.
 *
 * @param name                 a name for people
 * @param version              the version every score records; change it with every edit
 * @param fitWeight            share of the fit score in the combined score, 0 to 1
 * @param fitCap               fit points that make a fit score of 100
 * @param engagementCap        engagement points that make an engagement score of 100
 * @param gradeFitThreshold    fit score from which a lead counts as a good fit
 * @param gradeEngagementThreshold engagement score from which a lead counts as engaged
 * @param fitRules             the fit rules
 * @param engagementRules      the engagement rules
 */
public record RuleSet(String name, String version, double fitWeight, double fitCap, double engagementCap,
                      double gradeFitThreshold, double gradeEngagementThreshold, List<FitRule> fitRules,
                      List<EngagementRule> engagementRules) {

    public RuleSet {
        Preconditions.notBlank(name, "name");
        Preconditions.notBlank(version, "version");
        Preconditions.check(fitWeight >= 0 && fitWeight <= 1, "fitWeight", "must be between 0 and 1");
        Preconditions.check(fitCap > 0 && Double.isFinite(fitCap), "fit.cap", "must be positive");
        Preconditions.check(engagementCap > 0 && Double.isFinite(engagementCap), "engagement.cap", "must be positive");
        Preconditions.check(gradeFitThreshold >= 0 && gradeFitThreshold <= 100, "grades.fit",
                "must be between 0 and 100");
        Preconditions.check(gradeEngagementThreshold >= 0 && gradeEngagementThreshold <= 100, "grades.engagement",
                "must be between 0 and 100");
        Preconditions.notNull(fitRules, "fitRules");
        Preconditions.notNull(engagementRules, "engagementRules");
        fitRules = List.copyOf(fitRules);
        engagementRules = List.copyOf(engagementRules);
        Set<String> ids = new HashSet<>();
        for (FitRule rule : fitRules) {
            Preconditions.check(ids.add(rule.id()), "rules", "rule id '" + rule.id() + "' is used twice");
        }
        for (EngagementRule rule : engagementRules) {
            Preconditions.check(ids.add(rule.id()), "rules", "rule id '" + rule.id() + "' is used twice");
        }
    }

    /** A copy with one fit rule replaced (by id), e.g. to try a change before publishing it. */
    public RuleSet withFitRule(FitRule replacement, String newVersion) {
        List<FitRule> rules = new ArrayList<>(fitRules);
        rules.replaceAll(r -> r.id().equals(replacement.id()) ? replacement : r);
        return new RuleSet(name, newVersion, fitWeight, fitCap, engagementCap, gradeFitThreshold,
                gradeEngagementThreshold, rules, engagementRules);
    }

    /** A copy with one engagement rule replaced (by id). */
    public RuleSet withEngagementRule(EngagementRule replacement, String newVersion) {
        List<EngagementRule> rules = new ArrayList<>(engagementRules);
        rules.replaceAll(r -> r.id().equals(replacement.id()) ? replacement : r);
        return new RuleSet(name, newVersion, fitWeight, fitCap, engagementCap, gradeFitThreshold,
                gradeEngagementThreshold, fitRules, rules);
    }
}
