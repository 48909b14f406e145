package org.smartbizflow.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.scoring.model.CalibrationMethod;
import org.smartbizflow.crm.scoring.model.ModelFormatException;
import org.smartbizflow.crm.scoring.model.ModelTrainer;
import org.smartbizflow.crm.scoring.model.ScoringModel;
import org.smartbizflow.crm.scoring.model.TrainingData;
import org.smartbizflow.crm.scoring.model.TrainingOptions;

class ModelPersistenceProperties {

    @Property(tries = 12)
    void savedAndLoadedModelsScoreIdentically(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int method,
                                              @ForAll @IntRange(min = 0, max = 1) int elasticNet) {
        TrainingData data = Synthetic.mixed(seed, 400);
        TrainingOptions options = TrainingOptions.defaults().withCalibration(CalibrationMethod.values()[method])
                .withL1Ratio(elasticNet * 0.5).withMinimumOutcomes(10, 10).withLambdas(List.of(1e-3, 1e-2));
        ScoringModel model = ModelTrainer.train(data, options).orElseThrow();
        String json = model.toJson();
        ScoringModel loaded = ScoringModel.fromJson(json);
        assertThat(loaded.toJson()).isEqualTo(json);
        assertThat(loaded.version()).isEqualTo(model.version());
        for (Map<String, ?> row : data.rows()) {
            assertThat(loaded.probability(row)).isEqualTo(model.probability(row));
            assertThat(loaded.predict(row, 3)).isEqualTo(model.predict(row, 3));
        }
        Map<String, Object> unseen = Map.of("plan", "brand-new", "support", "maybe");
        assertThat(loaded.probability(unseen)).isEqualTo(model.probability(unseen));
    }

    @Test
    void refusesAModelOfAnotherFormatVersion() {
        ScoringModel model = ModelTrainer.train(Synthetic.mixed(1, 300),
                TrainingOptions.defaults().withMinimumOutcomes(10, 10)).orElseThrow();
        String future = model.toJson().replace("\"formatVersion\" : 1", "\"formatVersion\" : 2");
        assertThat(future).isNotEqualTo(model.toJson());
        assertThatThrownBy(() -> ScoringModel.fromJson(future)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("format version 2").hasMessageContaining("reads version 1");
    }

    @Test
    void refusesTextThatIsNotAModelOrIsDamaged() {
        assertThatThrownBy(() -> ScoringModel.fromJson("{\"a\":1}")).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("not a model file");
        assertThatThrownBy(() -> ScoringModel.fromJson("nonsense")).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("not valid JSON");
        ScoringModel model = ModelTrainer.train(Synthetic.mixed(2, 300),
                TrainingOptions.defaults().withMinimumOutcomes(10, 10)).orElseThrow();
        String damaged = model.toJson().replace("\"intercept\"", "\"interceptX\"");
        assertThatThrownBy(() -> ScoringModel.fromJson(damaged)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("missing field 'intercept'");
    }
}
