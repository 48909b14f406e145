package org.smartbizflow.crm.account;

/**
 * What moving an account in the hierarchy did: a business refusal (a cycle) is a value, not
 * an exception.
 */
public sealed interface MoveResult {

    /**
     * The account (and its subtree) now hangs under the new parent.
     *
     * @param from previous parent, or null
     * @param to   new parent, or null for the top level
     */
    record Moved(AccountId from, AccountId to) implements MoveResult {
    }

    /**
     * The account already had that parent; nothing changed.
     *
     * @param parent the parent, or null
     */
    record Unchanged(AccountId parent) implements MoveResult {
    }

    /**
     * The move was refused and nothing changed.
     *
     * @param reason why, in words a user can act on
     */
    record Refused(String reason) implements MoveResult {
    }
}
