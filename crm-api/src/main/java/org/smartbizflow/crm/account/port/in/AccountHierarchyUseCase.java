package org.smartbizflow.crm.account.port.in;

import java.util.List;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountNode;
import org.smartbizflow.crm.account.HierarchyRollup;
import org.smartbizflow.crm.account.MoveResult;

/** The parent/child hierarchy of accounts: moves, subtree and ancestor queries, roll-ups. */
public interface AccountHierarchyUseCase {

    /**
     * Moves the account and its subtree. A move that would make the account its own ancestor
     * is refused ({@link MoveResult.Refused}) and changes nothing.
     *
     * @throws org.smartbizflow.crm.shared.NotFoundException when the account or new parent is unknown
     */
    MoveResult move(MoveAccount command);

    /** The account and all accounts below it, by depth. */
    List<AccountNode> subtree(AccountId root);

    /** The accounts above this one, nearest first. */
    List<AccountNode> ancestors(AccountId account);

    /** Totals over the account's subtree, computed by the store. */
    HierarchyRollup rollup(AccountId root);
}
