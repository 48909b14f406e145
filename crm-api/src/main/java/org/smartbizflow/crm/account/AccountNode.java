package org.smartbizflow.crm.account;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * One account's place in a hierarchy query: enough to draw the tree without loading accounts.
 *
 * @param id        the account
 * @param parentId  its parent, or null at the top
 * @param legalName its legal name
 * @param depth     distance from the account the query started at (0 for that account; for
 *                  ancestors, 1 is the parent)
 */
public record AccountNode(AccountId id, AccountId parentId, String legalName, int depth) {

    public AccountNode {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(legalName, "legalName");
        Preconditions.check(depth >= 0, "depth", "must not be negative");
    }
}
