package org.smartbizflow.crm.lead.assignment;

import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.UserId;

/** What the rules decided for one lead. */
public sealed interface AssignmentDecision {

    /**
     * The lead goes to this owner.
     *
     * @param owner       the new owner
     * @param rule        the rule that applied, or {@link AssignmentRules#FALLBACK}
     * @param team        the team the owner was picked from, or null for a user target
     * @param nextPointer where the team's rotation continues next time (-1 without a team)
     */
    record Assigned(UserId owner, String rule, String team, int nextPointer) implements AssignmentDecision {
        public Assigned {
            Preconditions.notNull(owner, "owner");
            Preconditions.notBlank(rule, "rule");
        }
    }

    /**
     * No rule could assign the lead: none matched, or every matching team was at capacity.
     *
     * @param reason why
     */
    record Unassigned(String reason) implements AssignmentDecision {
        public Unassigned {
            Preconditions.notBlank(reason, "reason");
        }
    }
}
