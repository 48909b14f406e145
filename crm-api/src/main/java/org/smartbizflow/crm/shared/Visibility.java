package org.smartbizflow.crm.shared;

import java.util.Set;

/**
 * The part of a record type an actor may see in lists; queries add it to their filters so
 * that the database, not the caller, drops invisible rows.
 */
public sealed interface Visibility {

    /** Every record of the tenant. */
    record All() implements Visibility {
    }

    /**
     * Only records owned by one of these users (often just the actor).
     *
     * @param owners the owners whose records are visible
     */
    record OwnedBy(Set<UserId> owners) implements Visibility {
        public OwnedBy {
            owners = Set.copyOf(owners);
        }
    }

    static Visibility all() {
        return new All();
    }

    static Visibility ownedBy(Set<UserId> owners) {
        return new OwnedBy(owners);
    }
}
