package org.smartbizflow.crm.lead.assignment;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * What a tenant's assignment is: the teams, the ordered rules and the fallback. A value the
 * host writes; {@link AssignmentRuleSet} keeps it with a version.
 *
 * @param teams    the round-robin teams, kept in key order
 * @param rules    the rules, tried in this order
 * @param fallback who gets a lead no rule assigns, or null to leave it with the default owner
 */
public record AssignmentRules(List<AssignmentTeam> teams, List<AssignmentRule> rules, AssignTarget fallback) {

    public static final int RULES_MAX = 1000;
    /** The rule name decisions report when the fallback assigned the lead. */
    public static final String FALLBACK = "fallback";

    public AssignmentRules {
        teams = Preconditions.notNull(teams, "teams").stream()
                .sorted(Comparator.comparing(AssignmentTeam::key)).toList();
        rules = List.copyOf(Preconditions.notNull(rules, "rules"));
        Preconditions.check(rules.size() <= RULES_MAX, "rules", "at most " + RULES_MAX + " rules");
        Set<String> keys = new HashSet<>();
        for (AssignmentTeam team : teams) {
            Preconditions.check(keys.add(team.key()), "teams", "team " + team.key() + " is defined twice");
        }
        Set<String> names = new HashSet<>();
        for (AssignmentRule rule : rules) {
            Preconditions.check(names.add(rule.name()), "rules", "rule " + rule.name() + " is defined twice");
            Preconditions.check(!FALLBACK.equals(rule.name()), "rules", "'" + FALLBACK + "' is reserved");
            checkTarget(rule.target(), keys, "rules");
        }
        if (fallback != null) {
            checkTarget(fallback, keys, "fallback");
        }
    }

    private static void checkTarget(AssignTarget target, Set<String> teamKeys, String field) {
        if (target instanceof AssignTarget.Team team) {
            Preconditions.check(teamKeys.contains(team.team()), field, "names unknown team " + team.team());
        }
    }

    public static AssignmentRules of(List<AssignmentTeam> teams, List<AssignmentRule> rules, AssignTarget fallback) {
        return new AssignmentRules(teams, rules, fallback);
    }

    public Optional<AssignmentTeam> team(String key) {
        return teams.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** The teams by key. */
    public Map<String, AssignmentTeam> teamsByKey() {
        return teams.stream().collect(Collectors.toUnmodifiableMap(AssignmentTeam::key, Function.identity()));
    }
}
