package org.smartbizflow.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.scoring.feature.FeatureSpec;
import org.smartbizflow.crm.scoring.model.ModelTrainer;
import org.smartbizflow.crm.scoring.model.TrainingData;
import org.smartbizflow.crm.scoring.model.TrainingOptions;
import org.smartbizflow.crm.scoring.model.TrainingOutcome;
import org.smartbizflow.crm.scoring.predict.LabelledLead;
import org.smartbizflow.crm.scoring.predict.PredictiveChurnRiskModel;
import org.smartbizflow.crm.scoring.predict.PredictiveLeadScorer;
import org.smartbizflow.crm.scoring.predict.PredictiveWinProbabilityModel;
import org.smartbizflow.crm.scoring.table.CsvTable;

class PredictiveAdaptersTest {

    private static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");

    @Test
    void winProbabilityLearnsFromStageActivityAndHistory() {
        Random random = new Random(21);
        String[] stages = {"Qualify", "Propose", "Negotiate"};
        List<DealFeatures> deals = new ArrayList<>();
        List<Boolean> won = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            int stage = random.nextInt(3);
            int age = 10 + random.nextInt(200);
            int meetings = random.nextInt(6);
            int pushes = random.nextInt(4);
            int changes = 1 + random.nextInt(5);
            DealFeatures deal = new DealFeatures(stages[stage], age, 1000 + random.nextInt(100_000),
                    random.nextInt(age + 1), meetings * 3 + random.nextInt(10), meetings, changes,
                    random.nextInt(changes + 1), pushes);
            double z = -1.5 + 0.9 * stage + 0.4 * meetings - 0.6 * pushes - 0.004 * age;
            deals.add(deal);
            won.add(random.nextDouble() < 1 / (1 + Math.exp(-z)));
        }
        PredictiveWinProbabilityModel model = new PredictiveWinProbabilityModel(
                PredictiveWinProbabilityModel.train(deals, won, TrainingOptions.defaults()).orElseThrow());
        Prediction strong = model.winProbability(new DealFeatures("Negotiate", 30, 50_000, 5, 20, 5, 3, 0, 0));
        Prediction weak = model.winProbability(new DealFeatures("Qualify", 180, 50_000, 100, 2, 0, 2, 1, 3));
        assertThat(strong.probability()).isGreaterThan(weak.probability() + 0.3);
        assertThat(strong.asPercentage().value().doubleValue()).isBetween(0.0, 100.0);
        assertThat(weak.explanation().topNegative(3)).extracting(Factor::name).contains("close_date_pushes");
        assertThat(strong.modelVersion()).startsWith("won-");
    }

    @Test
    void winProbabilityRefusesAYoungPipeline() {
        List<DealFeatures> deals = List.of(new DealFeatures("Qualify", 1, 10, 0, 0, 0, 0, 0, 0),
                new DealFeatures("Qualify", 2, 10, 0, 0, 0, 0, 0, 0));
        assertThat(PredictiveWinProbabilityModel.train(deals, List.of(true, false), TrainingOptions.defaults()))
                .isInstanceOf(TrainingOutcome.NotEnoughData.class);
    }

    @Test
    void leadConversionScoreUsesProfileAndRecentEngagement() {
        Random random = new Random(22);
        List<LabelledLead> history = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            String industry = random.nextBoolean() ? "Software" : "Retail";
            int meetings = random.nextInt(3);
            List<EngagementEvent> events = new ArrayList<>();
            for (int m = 0; m < meetings; m++) {
                events.add(new EngagementEvent(EngagementType.MEETING_HELD, NOW.minus(Duration.ofDays(5 + m))));
            }
            double z = -1.5 + (industry.equals("Software") ? 1 : 0) + 1.2 * meetings;
            history.add(new LabelledLead(new LeadProfile("l" + i, Map.of("industry", industry), events), NOW,
                    random.nextDouble() < 1 / (1 + Math.exp(-z))));
        }
        List<FeatureSpec> attributes = List.of(FeatureSpec.categorical("industry"));
        PredictiveLeadScorer scorer = new PredictiveLeadScorer(
                PredictiveLeadScorer.train(history, attributes, TrainingOptions.defaults()).orElseThrow(), attributes,
                PredictiveLeadScorer.GradeBands.defaults());
        LeadProfile hot = new LeadProfile("hot", Map.of("industry", "Software"), List.of(
                new EngagementEvent(EngagementType.MEETING_HELD, NOW.minus(Duration.ofDays(1))),
                new EngagementEvent(EngagementType.MEETING_HELD, NOW.minus(Duration.ofDays(2)))));
        LeadProfile cold = new LeadProfile("cold", Map.of("industry", "Retail"), List.of());
        Score hotScore = scorer.score(hot, NOW);
        Score coldScore = scorer.score(cold, NOW);
        assertThat(hotScore.value()).isGreaterThan(coldScore.value());
        assertThat(hotScore.grade()).isEqualTo(Grade.A);
        assertThat(coldScore.grade()).isIn(Grade.C, Grade.D);
        assertThat(hotScore.version()).isEqualTo(scorer.version());
        assertThat(hotScore.explanation().topPositive(1)).extracting(Factor::name)
                .containsExactly("meeting_held_last_90d");
    }

    @Test
    void churnRiskOnRealDataNamesTheDrivers() {
        TrainingData data = TrainingData.fromTable(CsvTable.read(SharedData.file("telecom-churn-mlc.csv")), "churn",
                null, List.of());
        assertThat(data.positiveLabel()).isEqualTo("yes");
        PredictiveChurnRiskModel churn = new PredictiveChurnRiskModel(
                ModelTrainer.train(data, TrainingOptions.defaults()).orElseThrow());
        Map<String, Object> unhappy = new java.util.HashMap<>(data.rows().get(0));
        unhappy.put("international_plan", "yes");
        unhappy.put("number_customer_service_calls", "6");
        Prediction risk = churn.churnRisk(FeatureValues.of(unhappy));
        Prediction base = churn.churnRisk(FeatureValues.of(data.rows().get(0)));
        assertThat(risk.probability()).isGreaterThan(base.probability());
        assertThat(risk.explanation().topPositive(3)).extracting(Factor::name)
                .contains("international_plan", "number_customer_service_calls");
    }
}
