package org.smartbizflow.crm.forecast;

import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Where a quota holder is likely to land: attainment as a fraction of quota (1.0 is quota) at
 * P10, P50 and P90, and the chance of making quota.
 *
 * @param quota                the quota
 * @param closedToDate         already won in the period
 * @param p10Attainment        attainment at P10
 * @param p50Attainment        attainment at P50
 * @param p90Attainment        attainment at P90
 * @param probabilityOfQuota   P(attainment at least 1)
 * @param forecast             the holder's pipeline forecast behind the figures
 */
public record QuotaProjection(Quota quota, Money closedToDate, double p10Attainment, double p50Attainment,
                              double p90Attainment, double probabilityOfQuota, PipelineForecast forecast) {

    public QuotaProjection {
        Preconditions.notNull(quota, "quota");
        Preconditions.notNull(closedToDate, "closedToDate");
        Preconditions.check(p10Attainment <= p50Attainment && p50Attainment <= p90Attainment, "attainment",
                "quantiles must be ordered");
        Preconditions.check(probabilityOfQuota >= 0 && probabilityOfQuota <= 1, "probabilityOfQuota",
                "must be between 0 and 1");
        Preconditions.notNull(forecast, "forecast");
    }
}
