package org.smartbizflow.crm.forecast.port.out;

import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.forecast.ForecastAccuracy;
import org.smartbizflow.crm.forecast.ForecastRequest;
import org.smartbizflow.crm.forecast.ForecastScope;
import org.smartbizflow.crm.forecast.ForecastSnapshot;
import org.smartbizflow.crm.forecast.PipelineForecast;
import org.smartbizflow.crm.forecast.Quota;
import org.smartbizflow.crm.forecast.QuotaProjection;
import org.smartbizflow.crm.forecast.SnapshotComparison;
import org.smartbizflow.crm.shared.Money;

/**
 * Forecasts what a pipeline will close. crm-core calls this port with deals it maps from
 * opportunities; crm-forecasting implements it. All amounts come back in the request's currency.
 */
public interface PipelineForecaster {

    /** The forecast for the whole tenant. */
    PipelineForecast forecast(ForecastRequest request);

    /** One forecast per owner, team or territory, keyed and sorted by the scope key. */
    Map<String, PipelineForecast> forecastBy(ForecastScope scope, ForecastRequest request);

    /** Projects each quota from the deals in the request (won ones count as closed to date). */
    List<QuotaProjection> projectQuotas(ForecastRequest request, List<Quota> quotas);

    /** What changed between two snapshots of the same period and scope. */
    SnapshotComparison compare(ForecastSnapshot earlier, ForecastSnapshot later);

    /** How close a snapshot came to what actually closed in its period. */
    ForecastAccuracy accuracy(ForecastSnapshot snapshot, Money actual);
}
