package org.smartbizflow.crm.account;

import java.util.List;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Totals over an account and everything below it, computed by the store with one recursive
 * query. Amounts are kept per currency (one {@link Money} per currency, in currency-code
 * order): adding different currencies needs exchange rates, which is the caller's decision.
 *
 * @param root          the account at the top of the subtree
 * @param accounts      accounts in the subtree, the root included
 * @param depth         levels below the root (0 for an account without children)
 * @param annualRevenue sum of the known annual revenues, per currency
 */
public record HierarchyRollup(AccountId root, long accounts, int depth, List<Money> annualRevenue) {

    public HierarchyRollup {
        Preconditions.notNull(root, "root");
        annualRevenue = List.copyOf(annualRevenue);
    }
}
