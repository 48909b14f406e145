package org.smartbizflow.crm.lead.assignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * A tenant's assignment rules as stored: one per tenant, versioned so that two managers
 * editing the rules cannot silently overwrite each other. Decides owners without side effects;
 * the caller stores the rotation pointer the decision returns.
 */
public final class AssignmentRuleSet {

    private final TenantId tenantId;
    private AssignmentRules rules;
    private final long version;
    private Instant updatedAt;
    private final boolean isNew;

    private AssignmentRuleSet(TenantId tenantId, AssignmentRules rules, long version, Instant updatedAt, boolean isNew) {
        this.isNew = isNew;
        this.tenantId = Preconditions.notNull(tenantId, "tenantId");
        this.rules = Preconditions.notNull(rules, "rules");
        Preconditions.check(version >= 0, "version", "must not be negative");
        this.version = version;
        this.updatedAt = Preconditions.notNull(updatedAt, "updatedAt");
    }

    /** The first rule set of a tenant, at version 0. */
    public static AssignmentRuleSet define(TenantId tenantId, AssignmentRules rules, Instant now) {
        return new AssignmentRuleSet(tenantId, rules, 0, now, true);
    }

    /** Rebuilds a stored rule set. */
    public static AssignmentRuleSet restore(TenantId tenantId, AssignmentRules rules, long version, Instant updatedAt) {
        return new AssignmentRuleSet(tenantId, rules, version, updatedAt, false);
    }

    /** Replaces the rules; the store advances the version when it writes them. */
    public void revise(AssignmentRules newRules, Instant now) {
        this.rules = Preconditions.notNull(newRules, "rules");
        this.updatedAt = Preconditions.notNull(now, "now");
    }

    /** {@link #decide(LeadSource, LeadProfile, CustomFields, RoutingState)} for a lead without custom fields. */
    public AssignmentDecision decide(LeadSource source, LeadProfile profile, RoutingState state) {
        return decide(source, profile, CustomFields.none(), state);
    }

    /**
     * Picks the owner of a lead: the rules in order, then the fallback. A team target takes
     * the first member from the team's pointer on (wrapping) whose open leads are below their
     * capacity; a user target with a capacity takes the user while below it. A full team or
     * user passes the lead to the next matching rule.
     */
    public AssignmentDecision decide(LeadSource source, LeadProfile profile, CustomFields customFields,
                                     RoutingState state) {
        Preconditions.notNull(source, "source");
        Preconditions.notNull(profile, "profile");
        Preconditions.notNull(state, "state");
        CustomFields fields = customFields == null ? CustomFields.none() : customFields;
        List<String> full = new ArrayList<>();
        for (AssignmentRule rule : rules.rules()) {
            if (rule.when().matches(source, profile, fields)) {
                AssignmentDecision decision = attempt(rule.name(), rule.target(), state);
                if (decision instanceof AssignmentDecision.Assigned) {
                    return decision;
                }
                full.add(rule.name());
            }
        }
        if (rules.fallback() != null) {
            AssignmentDecision decision = attempt(AssignmentRules.FALLBACK, rules.fallback(), state);
            if (decision instanceof AssignmentDecision.Assigned) {
                return decision;
            }
            full.add(AssignmentRules.FALLBACK);
        }
        return new AssignmentDecision.Unassigned(full.isEmpty() ? "no rule matched"
                : "every member is at capacity in the teams or users of " + String.join(", ", full));
    }

    private AssignmentDecision attempt(String ruleName, AssignTarget target, RoutingState state) {
        if (target instanceof AssignTarget.User user) {
            if (user.maxOpenLeads() != null && state.openLeads(user.user()) >= user.maxOpenLeads()) {
                return new AssignmentDecision.Unassigned("user " + user.user() + " is at capacity");
            }
            return new AssignmentDecision.Assigned(user.user(), ruleName, null, -1);
        }
        AssignmentTeam team = rules.team(((AssignTarget.Team) target).team()).orElseThrow();
        List<TeamMember> members = team.members();
        int size = members.size();
        int start = Math.floorMod(state.pointer(team.key()), size);
        for (int i = 0; i < size; i++) {
            int index = (start + i) % size;
            TeamMember member = members.get(index);
            if (state.openLeads(member.user()) < member.maxOpenLeads()) {
                return new AssignmentDecision.Assigned(member.user(), ruleName, team.key(), (index + 1) % size);
            }
        }
        return new AssignmentDecision.Unassigned("team " + team.key() + " is at capacity");
    }

    /** Made by {@link #define} rather than loaded: the store inserts it, and refuses when one exists. */
    public boolean isNew() {
        return isNew;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public AssignmentRules rules() {
        return rules;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
