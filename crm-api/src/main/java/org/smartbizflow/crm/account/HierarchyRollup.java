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
 * @param openPipeline  sum of the amounts of open opportunities of these accounts, per currency
 * @param wonRevenue    sum of the amounts of won opportunities of these accounts, per currency
 * @param contacts      contacts working at these accounts (erased contacts not counted)
 */
public record HierarchyRollup(AccountId root, long accounts, int depth, List<Money> annualRevenue,
                              List<Money> openPipeline, List<Money> wonRevenue, long contacts) {

    public HierarchyRollup {
        Preconditions.notNull(root, "root");
        annualRevenue = List.copyOf(annualRevenue);
        openPipeline = List.copyOf(openPipeline);
        wonRevenue = List.copyOf(wonRevenue);
        Preconditions.check(contacts >= 0, "contacts", "must not be negative");
    }
}
