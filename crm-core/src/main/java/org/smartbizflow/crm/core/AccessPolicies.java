package org.smartbizflow.crm.core;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.Visibility;
import org.smartbizflow.crm.shared.port.out.AccessPolicy;

/** Ready-made access policies; a host with its own rules implements {@link AccessPolicy}. */
public final class AccessPolicies {

    private static final Set<Role> SEE_ALL = Set.of(Role.ADMIN, Role.SALES_MANAGER, Role.SYSTEM);

    private AccessPolicies() {
    }

    /** Everyone may do everything: for hosts that enforce access before calling the CRM. */
    public static AccessPolicy allowAll() {
        return new AccessPolicy() {
            @Override
            public boolean permits(Actor actor, Action action, RecordAccess record) {
                return true;
            }

            @Override
            public Visibility visibility(Actor actor, String recordType) {
                return Visibility.all();
            }
        };
    }

    /**
     * Admins, sales managers and the system see and change everything; everyone else sees and
     * changes only records they own, and creates records only for themselves.
     */
    public static AccessPolicy ownerOrManager() {
        return ownerTeamOrManager(team -> Set.of());
    }

    /**
     * Like {@link #ownerOrManager()}, and a user also sees and changes the records owned by
     * members of their teams.
     *
     * @param membersOfTeam the host's directory: the users in a team
     */
    public static AccessPolicy ownerTeamOrManager(Function<String, Set<UserId>> membersOfTeam) {
        Objects.requireNonNull(membersOfTeam, "membersOfTeam");
        return new AccessPolicy() {
            @Override
            public boolean permits(Actor actor, Action action, RecordAccess record) {
                if (seesAll(actor)) {
                    return true;
                }
                return record.owner() != null && reachableOwners(actor).contains(record.owner());
            }

            @Override
            public Visibility visibility(Actor actor, String recordType) {
                return seesAll(actor) ? Visibility.all() : Visibility.ownedBy(reachableOwners(actor));
            }

            private Set<UserId> reachableOwners(Actor actor) {
                Set<UserId> owners = new HashSet<>();
                owners.add(actor.userId());
                for (String team : actor.teams()) {
                    owners.addAll(membersOfTeam.apply(team));
                }
                return owners;
            }
        };
    }

    private static boolean seesAll(Actor actor) {
        return actor.roles().stream().anyMatch(SEE_ALL::contains);
    }
}
