package org.smartbizflow.crm.account;

import java.util.List;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * How many accounts a territory holds and their annual revenue per currency, counted by the
 * store.
 *
 * @param territoryId   the territory, or null for accounts in none
 * @param accounts      the number of accounts
 * @param annualRevenue the sum of their known annual revenues, one amount per currency
 */
public record TerritoryCount(TerritoryId territoryId, long accounts, List<Money> annualRevenue) {

    public TerritoryCount {
        Preconditions.check(accounts >= 0, "accounts", "must not be negative");
        annualRevenue = List.copyOf(annualRevenue);
    }
}
