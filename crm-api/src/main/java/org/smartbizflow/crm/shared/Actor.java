package org.smartbizflow.crm.shared;

import java.util.Arrays;
import java.util.Set;

/**
 * Who is acting: bound once per request through the CRM session, used for access decisions,
 * ownership defaults and the audit trail.
 *
 * @param userId      the acting user
 * @param roles       the roles the host grants that user
 * @param teams       team keys the user belongs to
 * @param territories territory keys the user covers
 */
public record Actor(UserId userId, Set<Role> roles, Set<String> teams, Set<String> territories) {

    public Actor {
        Preconditions.notNull(userId, "actor.userId");
        roles = Set.copyOf(Preconditions.notNull(roles, "actor.roles"));
        teams = Set.copyOf(Preconditions.notNull(teams, "actor.teams"));
        territories = Set.copyOf(Preconditions.notNull(territories, "actor.territories"));
    }

    /** A user with the given roles and no team or territory. */
    public static Actor user(String userId, Role... roles) {
        return new Actor(UserId.of(userId), Set.copyOf(Arrays.asList(roles)), Set.of(), Set.of());
    }

    /** The identity of unattended work (imports, schedulers, relays) started by the host. */
    public static Actor system() {
        return new Actor(UserId.of("system"), Set.of(Role.SYSTEM), Set.of(), Set.of());
    }

    public Actor withTeams(String... teamKeys) {
        return new Actor(userId, roles, Set.copyOf(Arrays.asList(teamKeys)), territories);
    }

    public Actor withTerritories(String... territoryKeys) {
        return new Actor(userId, roles, teams, Set.copyOf(Arrays.asList(territoryKeys)));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
