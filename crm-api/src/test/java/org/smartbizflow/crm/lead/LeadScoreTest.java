package org.smartbizflow.crm.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.scoring.Factor;
import org.smartbizflow.crm.scoring.Grade;
import org.smartbizflow.crm.scoring.Score;
import org.smartbizflow.crm.scoring.ScoreExplanation;
import org.smartbizflow.crm.shared.ValidationException;

class LeadScoreTest {

    private static final LeadId LEAD = LeadId.of(UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057"));
    private static final Instant AT = Instant.parse("2026-11-24T09:00:00Z");

    private static List<Factor> factors(int n) {
        List<Factor> factors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            factors.add(new Factor("rule-" + i, "", n - i, Factor.Unit.POINTS));
        }
        return factors;
    }

    @Test
    void aScorersResultKeepsItsTwentyStrongestFactorsInOrder() {
        Score score = new Score(72.5, Grade.B, "rules-1", new ScoreExplanation(factors(25)));

        LeadScore kept = LeadScore.of(LEAD, score, AT);

        assertThat(kept.factors()).hasSize(LeadScore.MAX_FACTORS);
        assertThat(kept.factors().get(0).name()).isEqualTo("rule-0");
        assertThat(kept.factors().get(19).name()).isEqualTo("rule-19");
        assertThat(kept.rounded()).isEqualTo(73);
        assertThat(kept.version()).isEqualTo("rules-1");
    }

    @Test
    void badValuesNameTheField() {
        assertThatThrownBy(() -> new LeadScore(LEAD, 100.5, Grade.A, "v", AT, List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("value");
        assertThatThrownBy(() -> new LeadScore(LEAD, 50, Grade.A, "v".repeat(65), AT, List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> new LeadScore(LEAD, 50, Grade.A, " ", AT, List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> new LeadScore(LEAD, 50, Grade.A, "v", AT, factors(21)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("factors");
        assertThatThrownBy(() -> new LeadScore(LEAD, 50, Grade.A, "v", AT,
                List.of(new Factor("r".repeat(201), "", 1, Factor.Unit.POINTS))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("factors[0].name");
        assertThatThrownBy(() -> new LeadScore(LEAD, 50, null, "v", AT, List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("grade");
    }
}
