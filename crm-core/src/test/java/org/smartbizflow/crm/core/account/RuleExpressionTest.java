package org.smartbizflow.crm.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartbizflow.crm.account.RuleExpression;
import org.smartbizflow.crm.shared.ValidationException;

class RuleExpressionTest {

    private static boolean eval(String text, int conditions, Integer... holding) {
        Set<Integer> holds = Set.of(holding);
        return RuleExpression.parse(text, conditions, "expression").evaluate(holds::contains);
    }

    @Test
    void andBindsTighterThanOrAndParenthesesRegroup() {
        assertThat(eval("1 OR 2 AND 3", 3, 1)).isTrue();
        assertThat(eval("(1 OR 2) AND 3", 3, 1)).isFalse();
        assertThat(eval("(1 AND 2) OR 3", 3, 3)).isTrue();
        assertThat(eval("(1 AND 2) OR 3", 3, 1)).isFalse();
        assertThat(eval("1 and not 2", 2, 1)).isTrue();
        assertThat(eval("NOT (1 OR 2)", 2)).isTrue();
        assertThat(eval("((((1))))", 1, 1)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(1 AND 2 OR 3|3|at position 14 of \"(1 AND 2 OR 3\": expected ')' but the expression ended",
        "1 AND 4|3|at position 7 of \"1 AND 4\": condition 4 does not exist; the rule has 3 conditions",
        "1 2|2|at position 3 of \"1 2\": expected AND, OR or the end but found '2'",
        "1 AND|1|expected a condition number, NOT or '(' but the expression ended",
        "1 XOR 2|2|expected AND, OR or the end but found 'XOR'",
        "1 AND 2; drop table|2|expected AND, OR or the end but found ';'",
        "1 OR 0|2|condition 0 does not exist",
        "1|2|condition 2 is not used in the expression",
        "AND1|1|expected a condition number, NOT or '(' but found 'AND1'",
    })
    void badExpressionsAreRefusedWithThePositionAndTheProblem(String text, int conditions, String message) {
        assertThatThrownBy(() -> RuleExpression.parse(text, conditions, "rule.expression"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("rule.expression")
                .hasMessageContaining(message);
    }

    @Test
    void hostileNestingIsRefusedNotAStackOverflow() {
        String deep = "(".repeat(200) + "1" + ")".repeat(200);
        assertThatThrownBy(() -> RuleExpression.parse(deep, 1, "rule.expression"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("nesting deeper than");
        assertThatThrownBy(() -> RuleExpression.parse("NOT ".repeat(100) + "1", 1, "rule.expression"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("nesting deeper than");
    }
}
