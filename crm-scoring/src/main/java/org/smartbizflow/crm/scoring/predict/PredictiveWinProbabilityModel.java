package org.smartbizflow.crm.scoring.predict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.scoring.DealFeatures;
import org.smartbizflow.crm.scoring.Prediction;
import org.smartbizflow.crm.scoring.feature.FeatureSpec;
import org.smartbizflow.crm.scoring.model.ModelTrainer;
import org.smartbizflow.crm.scoring.model.ScoringModel;
import org.smartbizflow.crm.scoring.model.TrainingData;
import org.smartbizflow.crm.scoring.model.TrainingOptions;
import org.smartbizflow.crm.scoring.model.TrainingOutcome;
import org.smartbizflow.crm.scoring.port.out.WinProbabilityModel;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Opportunity win probability learned from closed deals: the stage, age, size (on a log
 * scale, since a deal ten times larger is not ten times different), activity intensity and
 * stage history (moves, backward moves, pushed close dates). Plugs into the opportunity
 * probability port; each probability lists the factors behind it.
 */
public final class PredictiveWinProbabilityModel implements WinProbabilityModel {

    /** The attributes a deal becomes, as the model is trained on them. */
    public static final List<FeatureSpec> SPECS = List.of(
            FeatureSpec.categorical("stage"),
            FeatureSpec.numeric("age_days"),
            FeatureSpec.numeric("log_amount"),
            FeatureSpec.numeric("days_in_stage"),
            FeatureSpec.numeric("activities"),
            FeatureSpec.numeric("activities_per_week"),
            FeatureSpec.numeric("meetings"),
            FeatureSpec.numeric("stage_changes"),
            FeatureSpec.numeric("backward_moves"),
            FeatureSpec.numeric("close_date_pushes"));

    private static final int TOP_FACTORS = 3;

    private final ScoringModel model;

    public PredictiveWinProbabilityModel(ScoringModel model) {
        this.model = Preconditions.notNull(model, "model");
    }

    /**
     * Trains on closed deals as they looked while open, with whether each was won. Refuses
     * (as a value) below the minimum numbers of won and lost deals in the options.
     */
    public static TrainingOutcome train(List<DealFeatures> deals, List<Boolean> won, TrainingOptions options) {
        Preconditions.notNull(deals, "deals");
        Preconditions.notNull(won, "won");
        Preconditions.check(deals.size() == won.size(), "won", "needs one outcome per deal");
        List<Map<String, ?>> rows = new ArrayList<>(deals.size());
        boolean[] outcomes = new boolean[deals.size()];
        for (int i = 0; i < deals.size(); i++) {
            rows.add(features(deals.get(i)));
            outcomes[i] = Preconditions.notNull(won.get(i), "won");
        }
        return ModelTrainer.train(new TrainingData(SPECS, rows, outcomes, "won", "true"), options);
    }

    /** The model attributes of a deal. */
    public static Map<String, Object> features(DealFeatures deal) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("stage", deal.stage());
        row.put("age_days", deal.ageDays());
        row.put("log_amount", Math.log1p(deal.amount()));
        row.put("days_in_stage", deal.daysInStage());
        row.put("activities", deal.activities());
        row.put("activities_per_week", deal.activities() * 7.0 / Math.max(7, deal.ageDays()));
        row.put("meetings", deal.meetings());
        row.put("stage_changes", deal.stageChanges());
        row.put("backward_moves", deal.backwardMoves());
        row.put("close_date_pushes", deal.closeDatePushes());
        return row;
    }

    public ScoringModel model() {
        return model;
    }

    @Override
    public Prediction winProbability(DealFeatures deal) {
        Preconditions.notNull(deal, "deal");
        return model.predict(features(deal), TOP_FACTORS);
    }
}
