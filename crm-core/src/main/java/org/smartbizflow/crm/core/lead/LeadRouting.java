package org.smartbizflow.crm.core.lead;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.lead.LeadCount;
import org.smartbizflow.crm.lead.LeadDimension;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.assignment.AssignmentDecision;
import org.smartbizflow.crm.lead.assignment.AssignmentRuleSet;
import org.smartbizflow.crm.lead.assignment.AssignmentTeam;
import org.smartbizflow.crm.lead.assignment.LeadProfile;
import org.smartbizflow.crm.lead.assignment.AssignTarget;
import org.smartbizflow.crm.lead.assignment.RoutingState;
import org.smartbizflow.crm.lead.assignment.TeamMember;
import org.smartbizflow.crm.lead.assignment.port.out.AssignmentRepository;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * Asks a tenant's assignment rules for an owner, with the state they depend on read from the
 * store: the rotation pointers (locked, so two captures cannot hand out the same turn) and
 * the members' open leads (one GROUP BY query over the leads, not loading them). Runs inside
 * the caller's transaction.
 */
final class LeadRouting {

    /** The statuses that count against a member's capacity. */
    static final Set<LeadStatus> OPEN = Set.of(LeadStatus.NEW, LeadStatus.WORKING, LeadStatus.NURTURING,
            LeadStatus.QUALIFIED);

    private final CoreRuntime runtime;
    private final TenantId tenant;
    private final AssignmentRepository assignments;

    LeadRouting(CoreRuntime runtime, TenantId tenant) {
        this.runtime = runtime;
        this.tenant = tenant;
        this.assignments = runtime.persistence().assignments();
    }

    /** The decision, or empty when the tenant has no rules. Moves the rotation pointer it used. */
    Optional<AssignmentDecision> assign(LeadSource source, LeadProfile profile, CustomFields fields) {
        Optional<AssignmentDecision> decision = decide(source, profile, fields, null);
        decision.ifPresent(this::commit);
        return decision;
    }

    /** Moves the rotation pointer an assignment used, so the team's next lead goes to the next member. */
    void commit(AssignmentDecision decision) {
        if (decision instanceof AssignmentDecision.Assigned assigned && assigned.team() != null) {
            assignments.movePointer(tenant, assigned.team(), assigned.nextPointer());
        }
    }

    /** The decision without moving any pointer. */
    Optional<AssignmentDecision> decide(LeadSource source, LeadProfile profile, CustomFields fields) {
        return decide(source, profile, fields, null);
    }

    /**
     * The decision for a lead that already counts as an open lead of {@code releasing} (null
     * when none): it is not counted against that owner, since reassigning it would move it.
     */
    Optional<AssignmentDecision> decide(LeadSource source, LeadProfile profile, CustomFields fields,
                                        UserId releasing) {
        Optional<AssignmentRuleSet> rules = assignments.findRules(tenant);
        return rules.map(set -> set.decide(source, profile, fields, new StoredState(set, releasing)));
    }

    /** Pointers and open-lead counts read once per decision, on first use. */
    private final class StoredState implements RoutingState {
        private final AssignmentRuleSet rules;
        private final UserId releasing;
        private final Map<String, Integer> pointers = new HashMap<>();
        private Map<UserId, Long> open;

        StoredState(AssignmentRuleSet rules, UserId releasing) {
            this.rules = rules;
            this.releasing = releasing;
        }

        @Override
        public int pointer(String team) {
            return pointers.computeIfAbsent(team, key -> assignments.lockPointer(tenant, key));
        }

        @Override
        public long openLeads(UserId user) {
            if (open == null) {
                open = countOpenLeads();
                if (releasing != null) {
                    open.computeIfPresent(releasing, (owner, count) -> count - 1);
                }
            }
            return open.getOrDefault(user, 0L);
        }

        private Map<UserId, Long> countOpenLeads() {
            Set<UserId> members = new LinkedHashSet<>();
            for (AssignmentTeam team : rules.rules().teams()) {
                team.members().stream().map(TeamMember::user).forEach(members::add);
            }
            // Users named by a rule (or the fallback) with a capacity count the same way.
            java.util.List<AssignTarget> targets = new java.util.ArrayList<>();
            rules.rules().rules().forEach(rule -> targets.add(rule.target()));
            if (rules.rules().fallback() != null) {
                targets.add(rules.rules().fallback());
            }
            for (AssignTarget target : targets) {
                if (target instanceof AssignTarget.User user && user.maxOpenLeads() != null) {
                    members.add(user.user());
                }
            }
            Map<UserId, Long> counts = new HashMap<>();
            if (members.isEmpty()) {
                return counts;
            }
            LeadFilter filter = LeadFilter.any().withOwners(members)
                    .withStatuses(OPEN.toArray(LeadStatus[]::new));
            for (LeadCount count : runtime.persistence().leads().countByStatus(tenant, filter, LeadDimension.OWNER)) {
                counts.merge(UserId.of(count.group()), count.count(), Long::sum);
            }
            return counts;
        }
    }
}
