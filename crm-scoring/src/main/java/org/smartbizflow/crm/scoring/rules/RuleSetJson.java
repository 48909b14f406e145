package org.smartbizflow.crm.scoring.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.smartbizflow.crm.scoring.EngagementType;
import org.smartbizflow.crm.shared.CrmException;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Violation;

/**
 * Reads a rule set from JSON. Every problem in the document is collected and reported at
 * once, each with the path of the offending property ({@code fit.rules[2].between}), so
 * sales operations can fix a rule file in one pass. Unknown properties are errors: a typo
 * such as {@code "pionts"} must not silently score zero.
 *
 * <pre>{@code
 * {
 *   "name": "Inbound B2B", "version": "2026-11-01", "fitWeight": 0.5,
 *   "grades": { "fit": 50, "engagement": 40 },
 *   "fit": { "cap": 60, "rules": [
 *     { "id": "target-industry", "field": "industry", "in": ["Software", "Finance"], "points": 20 },
 *     { "id": "mid-market", "field": "employees", "between": [50, 1000], "points": 15 },
 *     { "id": "uk", "field": "country", "equals": "GB", "points": 10 },
 *     { "id": "decision-maker", "field": "title", "contains": ["VP", "Director", "Chief"], "points": 15 } ] },
 *   "engagement": { "cap": 100, "halfLifeDays": 30, "rules": [
 *     { "id": "opened", "event": "EMAIL_OPENED", "points": 2, "cap": 10 },
 *     { "id": "form", "event": "FORM_SUBMITTED", "points": 15, "cap": 30 },
 *     { "id": "meeting", "event": "MEETING_HELD", "points": 40, "halfLifeDays": 60 } ] }
 * }
 * }</pre>
 */
public final class RuleSetJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TOP = Set.of("name", "version", "fitWeight", "grades", "fit", "engagement");
    private static final Set<String> GRADES = Set.of("fit", "engagement");
    private static final Set<String> SECTION_FIT = Set.of("cap", "rules");
    private static final Set<String> SECTION_ENGAGEMENT = Set.of("cap", "halfLifeDays", "rules");
    private static final Set<String> FIT_RULE = Set.of("id", "field", "points", "in", "equals", "between",
            "contains", "present");
    private static final Set<String> CONDITIONS = Set.of("in", "equals", "between", "contains", "present");
    private static final Set<String> ENGAGEMENT_RULE = Set.of("id", "event", "points", "cap", "halfLifeDays");

    private RuleSetJson() {
    }

    /**
     * Parses and validates a rule set.
     *
     * @throws ValidationException listing every problem found, each with its property path
     */
    public static RuleSet parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new ValidationException("$", "not valid JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
        if (root == null || !root.isObject()) {
            throw new ValidationException("$", "a rule set must be a JSON object");
        }
        List<Violation> problems = new ArrayList<>();
        unknown(root, TOP, "", problems);
        String name = text(root, "name", "name", problems);
        String version = text(root, "version", "version", problems);
        double fitWeight = number(root, "fitWeight", "fitWeight", 0.5, problems);
        JsonNode grades = root.path("grades");
        unknown(grades, GRADES, "grades.", problems);
        double gradeFit = number(grades, "fit", "grades.fit", 50, problems);
        double gradeEngagement = number(grades, "engagement", "grades.engagement", 50, problems);

        JsonNode fit = root.path("fit");
        unknown(fit, SECTION_FIT, "fit.", problems);
        double fitCap = number(fit, "cap", "fit.cap", 100, problems);
        List<FitRule> fitRules = new ArrayList<>();
        int index = 0;
        for (JsonNode node : array(fit, "rules", "fit.rules", problems)) {
            String path = "fit.rules[" + index++ + "]";
            unknown(node, FIT_RULE, path + ".", problems);
            FitRule rule = fitRule(node, path, problems);
            if (rule != null) {
                fitRules.add(rule);
            }
        }

        JsonNode engagement = root.path("engagement");
        unknown(engagement, SECTION_ENGAGEMENT, "engagement.", problems);
        double engagementCap = number(engagement, "cap", "engagement.cap", 100, problems);
        double defaultHalfLife = number(engagement, "halfLifeDays", "engagement.halfLifeDays", 30, problems);
        List<EngagementRule> engagementRules = new ArrayList<>();
        index = 0;
        for (JsonNode node : array(engagement, "rules", "engagement.rules", problems)) {
            String path = "engagement.rules[" + index++ + "]";
            unknown(node, ENGAGEMENT_RULE, path + ".", problems);
            String id = text(node, "id", path + ".id", problems);
            String event = text(node, "event", path + ".event", problems);
            EngagementType type = null;
            if (event != null) {
                try {
                    type = EngagementType.valueOf(event);
                } catch (IllegalArgumentException e) {
                    problems.add(new Violation(path + ".event", "unknown event '" + event + "'; use one of "
                            + Arrays.toString(EngagementType.values())));
                }
            }
            double points = number(node, "points", path + ".points", Double.NaN, problems);
            double cap = number(node, "cap", path + ".cap", Double.POSITIVE_INFINITY, problems);
            double halfLife = number(node, "halfLifeDays", path + ".halfLifeDays", defaultHalfLife, problems);
            if (type != null && id != null && !Double.isNaN(points)) {
                EngagementType eventType = type;
                EngagementRule rule = build(path, problems,
                        () -> new EngagementRule(id, eventType, points, cap, halfLife));
                if (rule != null) {
                    engagementRules.add(rule);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        RuleSet ruleSet = build("", problems, () -> new RuleSet(name, version, fitWeight, fitCap, engagementCap,
                gradeFit, gradeEngagement, fitRules, engagementRules));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return ruleSet;
    }

    private static FitRule fitRule(JsonNode node, String path, List<Violation> problems) {
        String id = text(node, "id", path + ".id", problems);
        String field = text(node, "field", path + ".field", problems);
        double points = number(node, "points", path + ".points", Double.NaN, problems);
        List<String> present = new ArrayList<>();
        node.fieldNames().forEachRemaining(n -> {
            if (CONDITIONS.contains(n)) {
                present.add(n);
            }
        });
        if (present.size() != 1) {
            problems.add(new Violation(path, "needs exactly one condition of " + CONDITIONS + " but has "
                    + (present.isEmpty() ? "none" : present)));
            return null;
        }
        String kind = present.get(0);
        JsonNode value = node.get(kind);
        String conditionPath = path + "." + kind;
        FieldCondition condition = switch (kind) {
            case "in" -> build(conditionPath, problems, () -> new FieldCondition.OneOf(strings(value)));
            case "contains" -> build(conditionPath, problems, () -> new FieldCondition.ContainsAny(
                    value.isTextual() ? List.of(value.asText()) : strings(value)));
            case "equals" -> value.isValueNode() && !value.isNull()
                    ? build(conditionPath, problems, () -> new FieldCondition.EqualTo(value.asText()))
                    : fail(conditionPath, "must be a single value", problems);
            case "between" -> value.isArray() && value.size() == 2 && value.get(0).isNumber()
                    && value.get(1).isNumber()
                    ? build(conditionPath, problems, () -> new FieldCondition.Between(value.get(0).doubleValue(),
                    value.get(1).doubleValue()))
                    : fail(conditionPath, "must be an array of two numbers [min, max]", problems);
            default -> value.isBoolean() && value.asBoolean() ? new FieldCondition.Present()
                    : fail(conditionPath, "must be true", problems);
        };
        if (condition == null || id == null || field == null || Double.isNaN(points)) {
            return null;
        }
        return build(path, problems, () -> new FitRule(id, field, condition, points));
    }

    private static List<String> strings(JsonNode value) {
        if (!value.isArray()) {
            throw new ValidationException("", "must be an array of texts");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isValueNode() || element.isNull() || element.asText().isBlank()) {
                throw new ValidationException("", "must contain only non-blank texts");
            }
            out.add(element.asText());
        }
        return out;
    }

    private static <T> T fail(String path, String problem, List<Violation> problems) {
        problems.add(new Violation(path, problem));
        return null;
    }

    /** Runs a constructor, turning its refusal into violations under {@code path}. */
    private static <T> T build(String path, List<Violation> problems, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                String field = v.field().isEmpty() ? path
                        : path.isEmpty() ? v.field()
                        : path.endsWith(v.field()) ? path : path + "." + v.field();
                problems.add(new Violation(field, v.problem()));
            }
            return null;
        } catch (CrmException e) {
            problems.add(new Violation(path, e.getMessage()));
            return null;
        }
    }

    private static void unknown(JsonNode node, Set<String> allowed, String prefix, List<Violation> problems) {
        if (node.isMissingNode()) {
            return;
        }
        if (!node.isObject()) {
            problems.add(new Violation(prefix.isEmpty() ? "$" : prefix.substring(0, prefix.length() - 1),
                    "must be an object"));
            return;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(new Violation(prefix + name, "unknown property; expected one of " + allowed));
            }
        }
    }

    private static String text(JsonNode node, String field, String path, List<Violation> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()) {
            problems.add(new Violation(path, "is required and must be a non-blank text"));
            return null;
        }
        return value.asText().strip();
    }

    private static double number(JsonNode node, String field, String path, double fallback,
                                 List<Violation> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (Double.isNaN(fallback)) {
                problems.add(new Violation(path, "is required and must be a number"));
            }
            return fallback;
        }
        if (!value.isNumber()) {
            problems.add(new Violation(path, "must be a number, not " + value));
            return fallback;
        }
        return value.doubleValue();
    }

    private static Iterable<JsonNode> array(JsonNode node, String field, String path, List<Violation> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(new Violation(path, "must be an array"));
            return List.of();
        }
        return value;
    }
}
