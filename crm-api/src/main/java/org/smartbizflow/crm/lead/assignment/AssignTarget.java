package org.smartbizflow.crm.lead.assignment;

import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.UserId;

/** Who gets a lead when a rule applies: one user, or the next member with room in a team. */
public sealed interface AssignTarget {

    /**
     * Always this user; no capacity limit applies (the rule names the user on purpose).
     *
     * @param user the owner
     */
    record User(UserId user) implements AssignTarget {
        public User {
            Preconditions.notNull(user, "target.user");
        }

        @Override
        public String toString() {
            return "user " + user;
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

    static AssignTarget team(String team) {
        return new Team(team);
    }
}
