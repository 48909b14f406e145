package org.smartbizflow.crm.forecast;

import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * What one owner is expected to book in one period.
 *
 * @param owner  the quota holder's key (a user id, or a team for team quotas)
 * @param scope  {@link ForecastScope#OWNER} or {@link ForecastScope#TEAM} or {@link ForecastScope#TERRITORY}
 * @param period the quota period
 * @param amount the quota, positive
 */
public record Quota(String owner, ForecastScope scope, DateRange period, Money amount) {

    public Quota {
        owner = Preconditions.notBlank(owner, "owner");
        Preconditions.notNull(scope, "scope");
        Preconditions.notNull(period, "period");
        Preconditions.notNull(amount, "amount");
        Preconditions.check(amount.isPositive(), "amount", "must be positive: " + amount);
    }

    public static Quota forOwner(String owner, DateRange period, Money amount) {
        return new Quota(owner, ForecastScope.OWNER, period, amount);
    }
}
