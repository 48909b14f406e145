package org.smartbizflow.crm.lead.assignment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.UserId;

/**
 * The users a round-robin rule shares leads among, in rotation order.
 *
 * @param key     the team key rules name
 * @param members the members in rotation order, each at most once
 */
public record AssignmentTeam(String key, List<TeamMember> members) {

    public static final int KEY_MAX = 64;
    public static final int MEMBERS_MAX = 500;

    public AssignmentTeam {
        key = Preconditions.maxLength(Preconditions.notBlank(key, "team.key"), KEY_MAX, "team.key");
        members = List.copyOf(Preconditions.notNull(members, "team.members"));
        Preconditions.check(!members.isEmpty(), "team.members", "team " + key + " needs at least one member");
        Preconditions.check(members.size() <= MEMBERS_MAX, "team.members", "at most " + MEMBERS_MAX + " members");
        Set<UserId> seen = new HashSet<>();
        for (TeamMember member : members) {
            Preconditions.check(seen.add(member.user()), "team.members",
                    member.user() + " is listed twice in team " + key);
        }
    }

    public static AssignmentTeam of(String key, TeamMember... members) {
        return new AssignmentTeam(key, List.of(members));
    }
}
