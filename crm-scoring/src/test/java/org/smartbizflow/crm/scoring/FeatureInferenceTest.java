package org.smartbizflow.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.scoring.feature.ColumnKind;
import org.smartbizflow.crm.scoring.feature.FeatureSpec;
import org.smartbizflow.crm.scoring.model.TrainingData;
import org.smartbizflow.crm.scoring.table.CsvTable;
import org.smartbizflow.crm.shared.ValidationException;

class FeatureInferenceTest {

    private static final CsvTable TABLE = CsvTable.parse("""
            id;amount;vip;signed;segment;empty;won
            1;10,5;yes;2026-01-05;SMB;;no
            2;NA;no;2026-02-11;Enterprise;;yes
            3;7;;;SMB;NA;no
            """.replace(",5", ".5"));

    @Test
    void infersEveryKindAndSkipsEmptyColumns() {
        List<FeatureSpec> specs = FeatureSpec.infer(TABLE, List.of("id", "won"));
        assertThat(specs).containsExactly(FeatureSpec.numeric("amount"), FeatureSpec.bool("vip"),
                FeatureSpec.date("signed"), FeatureSpec.categorical("segment"));
        assertThat(specs).extracting(FeatureSpec::kind).doesNotContain((ColumnKind) null);
    }

    @Test
    void infersThePositiveValueOrAsksForIt() {
        TrainingData data = TrainingData.fromTable(TABLE, "won", null, List.of("id"));
        assertThat(data.positiveLabel()).isEqualTo("yes");
        assertThat(data.positives()).isEqualTo(1);
        assertThatThrownBy(() -> TrainingData.fromTable(TABLE, "id", null, List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("3 distinct values").hasMessageContaining("name the positive one");
        assertThat(TrainingData.fromTable(TABLE, "segment", null, List.of()).positiveLabel()).isEqualTo("Enterprise");
        assertThatThrownBy(() -> TrainingData.fromTable(TABLE, "won", "maybe", List.of()))
                .hasMessageContaining("never occurs");
        assertThatThrownBy(() -> TrainingData.fromTable(TABLE, "won", null, List.of("nope")))
                .hasMessageContaining("no column named 'nope'");
    }
}
