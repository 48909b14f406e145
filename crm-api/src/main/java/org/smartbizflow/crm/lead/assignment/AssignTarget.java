package org.smartbizflow.crm.lead.assignment;

import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.UserId;

/** Who gets a lead when a rule applies: one user, or the next member with room in a team. */
public sealed interface AssignTarget {

    /**
     * This user, while they own fewer open leads than {@code maxOpenLeads} (when given); a user
     * at capacity passes the lead to the next matching rule and then the fallback, as a full
     * team does.
     *
     * @param user         the owner
     * @param maxOpenLeads the most open leads the user may own, or null for no limit
     */
    record User(UserId user, Integer maxOpenLeads) implements AssignTarget {
        public User {
            Preconditions.notNull(user, "target.user");
            Preconditions.check(maxOpenLeads == null || maxOpenLeads >= 1, "target.maxOpenLeads",
                    "must be at least 1 (or none for no limit)");
        }

        /** Without a capacity limit. */
        public User(UserId user) {
            this(user, null);
        }

        @Override
        public String toString() {
            return "user " + user + (maxOpenLeads == null ? "" : " (at most " + maxOpenLeads + " open leads)");
        }
    }

    /**
     * Round-robin among the team's members, skipping members at their capacity.
     *
     * @param team the team key
     */
    record Team(String team) implements AssignTarget {
        public Team {
            team = Preconditions.maxLength(Preconditions.notBlank(team, "target.team"), AssignmentTeam.KEY_MAX,
                    "target.team");
        }

        @Override
        public String toString() {
            return "team " + team;
        }
    }

    static AssignTarget user(UserId user) {
        return new User(user);
    }

    static AssignTarget user(String user) {
        return new User(UserId.of(user));
    }

    /** This user, up to a number of open leads. */
    static AssignTarget user(UserId user, int maxOpenLeads) {
        return new User(user, maxOpenLeads);
    }

    static AssignTarget team(String team) {
        return new Team(team);
    }
}
