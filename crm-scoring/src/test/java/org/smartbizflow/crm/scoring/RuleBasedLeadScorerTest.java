package org.smartbizflow.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.scoring.rules.RescoreReport;
import org.smartbizflow.crm.scoring.rules.RuleBasedLeadScorer;
import org.smartbizflow.crm.scoring.rules.ScoredLead;

class RuleBasedLeadScorerTest {

    static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");
    private final RuleBasedLeadScorer scorer = RuleBasedLeadScorer.fromJson(RuleSetJsonTest.EXAMPLE);

    static EngagementEvent event(EngagementType type, int daysAgo) {
        return new EngagementEvent(type, NOW.minus(Duration.ofDays(daysAgo)));
    }

    @Test
    void combinesFitAndDecayedEngagementAndExplainsIt() {
        LeadProfile lead = new LeadProfile("lead-1", Map.of("industry", "software", "employees", "250",
                "country", "GB", "title", "VP Sales"),
                List.of(event(EngagementType.FORM_SUBMITTED, 0), event(EngagementType.FORM_SUBMITTED, 30),
                        event(EngagementType.MEETING_HELD, 60)));
        Score score = scorer.score(lead, NOW);
        // fit: 20 + 15 + 10 + 15 = 60 = cap -> 100; engagement: 15 + 7.5 (one half-life) + 20 (one half-life) = 42.5; ties by name
        assertThat(score.value()).isCloseTo(0.5 * 100 + 0.5 * 42.5, within(1e-9));
        assertThat(score.grade()).isEqualTo(Grade.A);
        assertThat(score.version()).isEqualTo("2026-11-01");
        assertThat(score.explanation().factors()).extracting(Factor::name)
                .containsExactly("form", "meeting", "target-industry", "decision-maker", "mid-market", "uk");
        assertThat(score.explanation().factors().get(0).effect()).isCloseTo(22.5, within(1e-9));
    }

    @Test
    void capsARuleAndIgnoresFutureEvents() {
        List<EngagementEvent> opens = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            opens.add(event(EngagementType.EMAIL_OPENED, 0));
        }
        opens.add(new EngagementEvent(EngagementType.MEETING_HELD, NOW.plus(Duration.ofDays(3))));
        Score score = scorer.score(new LeadProfile("lead-2", Map.of(), opens), NOW);
        assertThat(score.value()).isCloseTo(0.5 * 10, within(1e-9));
        assertThat(score.grade()).isEqualTo(Grade.D);
    }

    @Test
    void negativePointsLowerTheScoreButNeverBelowZero() {
        LeadProfile student = new LeadProfile("lead-3", Map.of("email", "kid@school.edu"),
                List.of(event(EngagementType.UNSUBSCRIBED, 400)));
        Score score = scorer.score(student, NOW);
        assertThat(score.value()).isZero();
        assertThat(score.explanation().topNegative(5)).extracting(Factor::name)
                .containsExactly("unsubscribed", "student");
    }

    @Test
    void gradesByFitAndEngagement() {
        LeadProfile goodFitOnly = new LeadProfile("b", Map.of("industry", "Finance", "employees", "100",
                "title", "Director"), List.of());
        LeadProfile engagedOnly = new LeadProfile("c", Map.of(), List.of(event(EngagementType.MEETING_HELD, 0)));
        assertThat(scorer.score(goodFitOnly, NOW).grade()).isEqualTo(Grade.B);
        assertThat(scorer.score(engagedOnly, NOW).grade()).isEqualTo(Grade.C);
    }

    @Test
    void rescoresInBulkWithProgressAndTheNewVersion() {
        List<LeadProfile> leads = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            leads.add(new LeadProfile("lead-" + i, Map.of("industry", i % 2 == 0 ? "Software" : "Retail"),
                    List.of()));
        }
        leads.add(null);
        RuleBasedLeadScorer changed = RuleBasedLeadScorer.of(scorer.rules().withFitRule(
                scorer.rules().fitRules().get(0).withPoints(40), "2026-12-01"));
        List<ScoredLead> stored = new ArrayList<>();
        List<long[]> progress = new ArrayList<>();
        RescoreReport report = changed.rescore(leads, NOW, stored::add, (done, total) -> progress.add(
                new long[] {done, total}));
        assertThat(report.ruleSetVersion()).isEqualTo("2026-12-01");
        assertThat(report.scored()).isEqualTo(250);
        assertThat(report.failures()).singleElement().satisfies(v -> assertThat(v.problem()).contains("profile"));
        assertThat(stored).hasSize(250).allSatisfy(s -> assertThat(s.score().version()).isEqualTo("2026-12-01"));
        assertThat(stored.get(0).score().value()).isCloseTo(0.5 * 100 * 40 / 60, within(1e-9));
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1)).containsExactly(251, 251);
        assertThat(progress).extracting(p -> p[0]).isSorted();
    }
}
