package org.smartbizflow.crm.account.port.in;

import java.util.Map;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.ChurnAssessment;

/**
 * Account churn risk from the {@link org.smartbizflow.crm.scoring.port.out.ChurnRiskModel} the
 * host configured ({@code Crm.builder().churnRiskModel(...)}), trained on the host's account
 * history under the attribute names below. The model is given:
 * <ul>
 *   <li>{@code industry}, {@code size_band} (lower case), {@code annual_revenue} (amount) and
 *       {@code revenue_currency}, {@code country} (of the first address), {@code team},
 *       {@code tags} (comma-separated), {@code in_group} ({@code yes} when the account has a
 *       parent);</li>
 *   <li>each custom field under its key, typed (numbers as numbers, yes/no as booleans), unless
 *       a built-in name has it: where a host keeps plan and usage data;</li>
 *   <li>{@code days_since_last_activity} (whole days since the last completed activity filed
 *       under the account took place; missing when there is none) and
 *       {@code activities_last_90_days};</li>
 *   <li>{@code open_deals}, {@code won_deals} and {@code lost_deals}: the account's
 *       opportunities by stage type;</li>
 *   <li>and whatever the caller adds, which wins over all of the above.</li>
 * </ul>
 * Nothing is written.
 */
public interface AccountChurnUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.NotFoundException when the tenant has no such account
     * @throws IllegalStateException when no churn model is configured
     */
    ChurnAssessment churnRisk(AccountId accountId);

    /** The same, with attributes the host adds (usage, support tickets, billing). */
    ChurnAssessment churnRisk(AccountId accountId, Map<String, ?> hostAttributes);
}
