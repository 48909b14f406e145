package org.smartbizflow.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.scoring.rules.FieldCondition;
import org.smartbizflow.crm.scoring.rules.RuleSet;
import org.smartbizflow.crm.scoring.rules.RuleSetJson;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Violation;

class RuleSetJsonTest {

    static final String EXAMPLE = """
            {
              "name": "Inbound B2B", "version": "2026-11-01", "fitWeight": 0.5,
              "grades": { "fit": 50, "engagement": 40 },
              "fit": { "cap": 60, "rules": [
                { "id": "target-industry", "field": "industry", "in": ["Software", "Finance"], "points": 20 },
                { "id": "mid-market", "field": "employees", "between": [50, 1000], "points": 15 },
                { "id": "uk", "field": "country", "equals": "GB", "points": 10 },
                { "id": "decision-maker", "field": "title", "contains": ["VP", "Director", "Chief"], "points": 15 },
                { "id": "student", "field": "email", "contains": ".edu", "points": -30 } ] },
              "engagement": { "cap": 100, "halfLifeDays": 30, "rules": [
                { "id": "opened", "event": "EMAIL_OPENED", "points": 2, "cap": 10 },
                { "id": "form", "event": "FORM_SUBMITTED", "points": 15, "cap": 30 },
                { "id": "meeting", "event": "MEETING_HELD", "points": 40, "halfLifeDays": 60 },
                { "id": "unsubscribed", "event": "UNSUBSCRIBED", "points": -50, "halfLifeDays": 0 } ] }
            }
            """;

    @Test
    void readsEveryKindOfRule() {
        RuleSet rules = RuleSetJson.parse(EXAMPLE);
        assertThat(rules.version()).isEqualTo("2026-11-01");
        assertThat(rules.fitRules()).hasSize(5);
        assertThat(rules.fitRules().get(1).condition()).isEqualTo(new FieldCondition.Between(50, 1000));
        assertThat(rules.engagementRules()).hasSize(4);
        assertThat(rules.engagementRules().get(0).halfLifeDays()).isEqualTo(30);
        assertThat(rules.engagementRules().get(2).halfLifeDays()).isEqualTo(60);
        assertThat(rules.engagementRules().get(2).cap()).isInfinite();
        assertThat(rules.gradeEngagementThreshold()).isEqualTo(40);
    }

    @Test
    void reportsEveryProblemWithItsPath() {
        String broken = """
                { "name": "x", "fitWeight": 2, "colour": "red",
                  "fit": { "rules": [
                    { "id": "a", "field": "industry", "points": 5 },
                    { "id": "b", "field": "employees", "between": [1000, 50], "points": 5 },
                    { "id": "c", "field": "country", "equals": "GB", "pionts": 5 } ] },
                  "engagement": { "rules": [ { "id": "d", "event": "EMAIL_READ", "points": 1 } ] } }
                """;
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> RuleSetJson.parse(broken));
        assertThat(e.violations()).extracting(Violation::field).contains("version", "colour", "fit.rules[0]",
                "fit.rules[1].between", "fit.rules[2].pionts", "fit.rules[2].points", "engagement.rules[0].event");
        assertThat(e.getMessage()).contains("EMAIL_READ").contains("needs exactly one condition");
    }

    @Test
    void reportsRangeErrorsOfTheAssembledRuleSetAndDuplicateIds() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> RuleSetJson.parse("""
                { "name": "x", "version": "1", "fitWeight": 2,
                  "fit": { "rules": [ { "id": "a", "field": "f", "present": true, "points": 1 },
                                      { "id": "a", "field": "g", "present": true, "points": 1 } ] } }
                """));
        assertThat(e.getMessage()).contains("fitWeight");
    }

    @Test
    void refusesTextThatIsNotJson() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> RuleSetJson.parse("{ name: "));
        assertThat(e.getMessage()).contains("not valid JSON").contains("line 1");
    }
}
