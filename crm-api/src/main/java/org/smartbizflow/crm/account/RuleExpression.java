package org.smartbizflow.crm.account;

import java.util.BitSet;
import java.util.function.IntPredicate;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * How an assignment rule combines its numbered conditions, such as {@code (1 AND 2) OR 3}
 * or {@code 1 AND NOT 2}. Parsed once, by a small recursive-descent parser that never
 * evaluates code and refuses bad input with the position and what it expected.
 *
 * <p>Grammar (keywords in any case; AND binds tighter than OR):
 * <pre>
 *   expression := term ( OR term )*
 *   term       := factor ( AND factor )*
 *   factor     := NOT factor | '(' expression ')' | number
 * </pre>
 * Numbers refer to conditions 1..n; every condition must be used.
 */
public sealed interface RuleExpression {

    /** The longest expression text accepted. */
    int MAX_LENGTH = 500;
    /** The deepest nesting accepted, so hostile input cannot exhaust the stack. */
    int MAX_NESTING = 32;

    /** Is the expression true when {@code holds} says which conditions (1-based) hold? */
    boolean evaluate(IntPredicate holds);

    /** A reference to condition {@code number} (1-based). */
    record Condition(int number) implements RuleExpression {
        @Override
        public boolean evaluate(IntPredicate holds) {
            return holds.test(number);
        }

        @Override
        public String toString() {
            return Integer.toString(number);
        }
    }

    /** Both sides hold. */
    record And(RuleExpression left, RuleExpression right) implements RuleExpression {
        @Override
        public boolean evaluate(IntPredicate holds) {
            return left.evaluate(holds) && right.evaluate(holds);
        }

        @Override
        public String toString() {
            return "(" + left + " AND " + right + ")";
        }
    }

    /** Either side holds. */
    record Or(RuleExpression left, RuleExpression right) implements RuleExpression {
        @Override
        public boolean evaluate(IntPredicate holds) {
            return left.evaluate(holds) || right.evaluate(holds);
        }

        @Override
        public String toString() {
            return "(" + left + " OR " + right + ")";
        }
    }

    /** The inner expression does not hold. */
    record Not(RuleExpression inner) implements RuleExpression {
        @Override
        public boolean evaluate(IntPredicate holds) {
            return !inner.evaluate(holds);
        }

        @Override
        public String toString() {
            return "NOT " + inner;
        }
    }

    /**
     * Parses an expression over conditions 1..{@code conditions}.
     *
     * @throws ValidationException on field {@code field} naming the position and the problem
     */
    static RuleExpression parse(String text, int conditions, String field) {
        Preconditions.notBlank(text, field);
        Preconditions.maxLength(text, MAX_LENGTH, field);
        Parser parser = new Parser(text, conditions, field);
        RuleExpression expression = parser.expression(0);
        parser.expectEnd();
        for (int n = 1; n <= conditions; n++) {
            if (!parser.used.get(n)) {
                throw new ValidationException(field, "condition " + n + " is not used in the expression \"" + text
                        + "\"");
            }
        }
        return expression;
    }

    /** The expression that requires every one of {@code conditions} conditions: {@code 1 AND 2 AND ...}. */
    static String allOf(int conditions) {
        Preconditions.check(conditions >= 1, "conditions", "must be at least 1");
        StringBuilder text = new StringBuilder("1");
        for (int n = 2; n <= conditions; n++) {
            text.append(" AND ").append(n);
        }
        return text.toString();
    }

    /** The tokenizer and parser; one instance per parse. */
    final class Parser {
        private final String text;
        private final int conditions;
        private final String field;
        private final BitSet used = new BitSet();
        private int pos;

        private Parser(String text, int conditions, String field) {
            this.text = text;
            this.conditions = conditions;
            this.field = field;
        }

        private RuleExpression expression(int nesting) {
            if (nesting > MAX_NESTING) {
                throw error("nesting deeper than " + MAX_NESTING + " levels");
            }
            RuleExpression left = term(nesting);
            while (keyword("OR")) {
                left = new Or(left, term(nesting));
            }
            return left;
        }

        private RuleExpression term(int nesting) {
            RuleExpression left = factor(nesting);
            while (keyword("AND")) {
                left = new And(left, factor(nesting));
            }
            return left;
        }

        private RuleExpression factor(int nesting) {
            skipBlanks();
            if (nesting > MAX_NESTING) {
                throw error("nesting deeper than " + MAX_NESTING + " levels");
            }
            if (keyword("NOT")) {
                return new Not(factor(nesting + 1));
            }
            if (pos < text.length() && text.charAt(pos) == '(') {
                pos++;
                RuleExpression inner = expression(nesting + 1);
                skipBlanks();
                if (pos >= text.length() || text.charAt(pos) != ')') {
                    throw error("expected ')' " + found());
                }
                pos++;
                return inner;
            }
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw error("expected a condition number, NOT or '(' " + found());
            }
            String digits = text.substring(start, pos);
            int number = digits.length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(digits);
            if (number < 1 || number > conditions) {
                pos = start;
                throw error("condition " + digits + " does not exist; the rule has " + conditions
                        + (conditions == 1 ? " condition" : " conditions"));
            }
            used.set(number);
            return new Condition(number);
        }

        private boolean keyword(String word) {
            skipBlanks();
            int end = pos + word.length();
            if (end <= text.length() && text.regionMatches(true, pos, word, 0, word.length())
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                pos = end;
                return true;
            }
            return false;
        }

        private void expectEnd() {
            skipBlanks();
            if (pos < text.length()) {
                throw error("expected AND, OR or the end " + found());
            }
        }

        private void skipBlanks() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private String found() {
            if (pos >= text.length()) {
                return "but the expression ended";
            }
            int end = pos + 1;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(pos))
                    && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            return "but found '" + text.substring(pos, end) + "'";
        }

        private ValidationException error(String problem) {
            return new ValidationException(field, "at position " + (pos + 1) + " of \"" + text + "\": " + problem);
        }
    }
}
