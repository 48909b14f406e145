package org.smartbizflow.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.smartbizflow.crm.scoring.rules.EngagementRule;
import org.smartbizflow.crm.scoring.rules.FitRule;
import org.smartbizflow.crm.scoring.rules.RuleBasedLeadScorer;
import org.smartbizflow.crm.scoring.rules.RuleSet;
import org.smartbizflow.crm.scoring.rules.RuleSetJson;

class RuleScoringProperties {

    private static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");
    private static final RuleSet RULES = RuleSetJson.parse(RuleSetJsonTest.EXAMPLE);

    @Provide
    Arbitrary<LeadProfile> profiles() {
        Arbitrary<String> industry = Arbitraries.of("Software", "Finance", "Retail", "");
        Arbitrary<Integer> employees = Arbitraries.integers().between(0, 5000);
        Arbitrary<String> title = Arbitraries.of("VP Sales", "Engineer", "Chief of Staff", "intern");
        Arbitrary<String> email = Arbitraries.of("a@b.com", "c@uni.edu");
        Arbitrary<List<EngagementEvent>> events = Combinators.combine(
                Arbitraries.of(EngagementType.values()), Arbitraries.integers().between(-10, 400))
                .as((type, days) -> new EngagementEvent(type, NOW.minus(Duration.ofDays(days))))
                .list().ofMaxSize(60);
        return Combinators.combine(industry, employees, title, email, events).as((i, e, t, m, ev) ->
                new LeadProfile("p", Map.of("industry", i, "employees", String.valueOf(e), "title", t, "email", m,
                        "country", "GB"), ev));
    }

    @Property(tries = 300)
    void scoreStaysBetweenZeroAndHundred(@ForAll("profiles") LeadProfile profile,
                                         @ForAll @DoubleRange(min = -500, max = 500) double points,
                                         @ForAll @IntRange(min = 0, max = 4) int rule) {
        RuleSet changed = RULES.withFitRule(RULES.fitRules().get(rule).withPoints(points), "v2");
        Score score = RuleBasedLeadScorer.of(changed).score(profile, NOW);
        assertThat(score.value()).isBetween(0.0, 100.0);
        assertThat(score.version()).isEqualTo("v2");
    }

    @Property(tries = 300)
    void raisingAFitRulesPointsNeverLowersTheScore(@ForAll("profiles") LeadProfile profile,
                                                    @ForAll @IntRange(min = 0, max = 4) int rule,
                                                    @ForAll @DoubleRange(min = -100, max = 100) double points,
                                                    @ForAll @DoubleRange(min = 0, max = 100) double raise) {
        FitRule base = RULES.fitRules().get(rule);
        double low = RuleBasedLeadScorer.of(RULES.withFitRule(base.withPoints(points), "a")).score(profile, NOW).value();
        double high = RuleBasedLeadScorer.of(RULES.withFitRule(base.withPoints(points + raise), "b"))
                .score(profile, NOW).value();
        assertThat(high).isGreaterThanOrEqualTo(low - 1e-9);
    }

    @Property(tries = 300)
    void raisingAnEngagementRulesPointsNeverLowersTheScore(@ForAll("profiles") LeadProfile profile,
                                                           @ForAll @IntRange(min = 0, max = 3) int rule,
                                                           @ForAll @DoubleRange(min = -100, max = 100) double points,
                                                           @ForAll @DoubleRange(min = 0, max = 100) double raise) {
        EngagementRule base = RULES.engagementRules().get(rule);
        double low = RuleBasedLeadScorer.of(RULES.withEngagementRule(base.withPoints(points), "a"))
                .score(profile, NOW).value();
        double high = RuleBasedLeadScorer.of(RULES.withEngagementRule(base.withPoints(points + raise), "b"))
                .score(profile, NOW).value();
        assertThat(high).isGreaterThanOrEqualTo(low - 1e-9);
    }

    @Property(tries = 100)
    void explanationListsExactlyTheFiredFitRules(@ForAll("profiles") LeadProfile profile) {
        Score score = RuleBasedLeadScorer.of(RULES).score(profile, NOW);
        List<String> fired = new ArrayList<>();
        for (FitRule rule : RULES.fitRules()) {
            String value = profile.attributes().get(rule.field());
            if (value != null && !value.isBlank() && rule.condition().matches(value)) {
                fired.add(rule.id());
            }
        }
        assertThat(score.explanation().factors()).extracting(Factor::name).containsAll(fired);
    }
}
