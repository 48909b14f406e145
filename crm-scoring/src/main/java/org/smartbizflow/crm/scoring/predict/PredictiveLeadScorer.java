package org.smartbizflow.crm.scoring.predict;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartbizflow.crm.scoring.EngagementEvent;
import org.smartbizflow.crm.scoring.EngagementType;
import org.smartbizflow.crm.scoring.Grade;
import org.smartbizflow.crm.scoring.LeadProfile;
import org.smartbizflow.crm.scoring.Prediction;
import org.smartbizflow.crm.scoring.Score;
import org.smartbizflow.crm.scoring.feature.FeatureSpec;
import org.smartbizflow.crm.scoring.model.ModelTrainer;
import org.smartbizflow.crm.scoring.model.ScoringModel;
import org.smartbizflow.crm.scoring.model.TrainingData;
import org.smartbizflow.crm.scoring.model.TrainingOptions;
import org.smartbizflow.crm.scoring.model.TrainingOutcome;
import org.smartbizflow.crm.scoring.port.out.LeadScorer;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Lead conversion score learned from converted and lost leads. Profile attributes chosen by
 * the host are used as given; engagement becomes counts per event type over the last
 * {@value #WINDOW_DAYS} days and the days since the last event. The score is the calibrated
 * conversion probability times 100, graded by probability bands.
 */
public final class PredictiveLeadScorer implements LeadScorer {

    /** Engagement look-back window, in days. */
    public static final int WINDOW_DAYS = 90;
    private static final int TOP_FACTORS = 3;

    private final ScoringModel model;
    private final List<FeatureSpec> attributeSpecs;
    private final GradeBands bands;

    /**
     * Probability thresholds for the grades: at least {@code a} is A, at least {@code b} is
     * B, at least {@code c} is C, below is D.
     *
     * @param a lowest probability graded A
     * @param b lowest probability graded B
     * @param c lowest probability graded C
     */
    public record GradeBands(double a, double b, double c) {
        public GradeBands {
            Preconditions.check(0 <= c && c <= b && b <= a && a <= 1, "bands", "must satisfy 0 <= c <= b <= a <= 1");
        }

        public static GradeBands defaults() {
            return new GradeBands(0.5, 0.25, 0.1);
        }

        Grade grade(double probability) {
            return probability >= a ? Grade.A : probability >= b ? Grade.B : probability >= c ? Grade.C : Grade.D;
        }
    }

    public PredictiveLeadScorer(ScoringModel model, List<FeatureSpec> attributeSpecs, GradeBands bands) {
        this.model = Preconditions.notNull(model, "model");
        this.attributeSpecs = List.copyOf(Preconditions.notNull(attributeSpecs, "attributeSpecs"));
        this.bands = Preconditions.notNull(bands, "bands");
    }

    /**
     * Trains a conversion model on historical leads, using the given profile attributes plus
     * the engagement features.
     */
    public static TrainingOutcome train(List<LabelledLead> history, List<FeatureSpec> attributeSpecs,
                                        TrainingOptions options) {
        Preconditions.notNull(history, "history");
        List<Map<String, ?>> rows = new ArrayList<>(history.size());
        boolean[] outcomes = new boolean[history.size()];
        for (int i = 0; i < history.size(); i++) {
            LabelledLead lead = history.get(i);
            rows.add(features(lead.profile(), lead.asOf(), attributeSpecs));
            outcomes[i] = lead.converted();
        }
        return ModelTrainer.train(new TrainingData(specs(attributeSpecs), rows, outcomes, "converted", "true"),
                options);
    }

    /** The full list of model attributes for the given profile attributes. */
    public static List<FeatureSpec> specs(List<FeatureSpec> attributeSpecs) {
        List<FeatureSpec> specs = new ArrayList<>(attributeSpecs);
        for (EngagementType type : EngagementType.values()) {
            specs.add(FeatureSpec.numeric(eventFeature(type)));
        }
        specs.add(FeatureSpec.numeric("days_since_last_engagement"));
        return specs;
    }

    /** The model attributes of a profile as of a moment. */
    public static Map<String, Object> features(LeadProfile profile, Instant asOf, List<FeatureSpec> attributeSpecs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (FeatureSpec spec : attributeSpecs) {
            row.put(spec.name(), profile.attributes().get(spec.name()));
        }
        int[] counts = new int[EngagementType.values().length];
        Instant last = null;
        Instant windowStart = asOf.minus(Duration.ofDays(WINDOW_DAYS));
        for (EngagementEvent event : profile.events()) {
            if (event.at().isAfter(asOf)) {
                continue;
            }
            if (!event.at().isBefore(windowStart)) {
                counts[event.type().ordinal()]++;
            }
            if (last == null || event.at().isAfter(last)) {
                last = event.at();
            }
        }
        for (EngagementType type : EngagementType.values()) {
            row.put(eventFeature(type), counts[type.ordinal()]);
        }
        row.put("days_since_last_engagement", last == null ? null : Duration.between(last, asOf).toDays());
        return row;
    }

    private static String eventFeature(EngagementType type) {
        return type.name().toLowerCase(Locale.ROOT) + "_last_" + WINDOW_DAYS + "d";
    }

    public ScoringModel model() {
        return model;
    }

    @Override
    public Score score(LeadProfile profile, Instant asOf) {
        Preconditions.notNull(profile, "profile");
        Preconditions.notNull(asOf, "asOf");
        Prediction prediction = model.predict(features(profile, asOf, attributeSpecs), TOP_FACTORS);
        double probability = prediction.probability();
        return new Score(100 * probability, bands.grade(probability), model.version(), prediction.explanation());
    }

    @Override
    public String version() {
        return model.version();
    }
}
