package org.smartbizflow.crm.opportunity.port.in;

import org.smartbizflow.crm.forecast.PipelineForecast;
import org.smartbizflow.crm.shared.DateRange;

/**
 * Forecasts of the tenant's deals through the configured
 * {@link org.smartbizflow.crm.forecast.port.out.PipelineForecaster} (crm-forecasting brings one):
 * open and won deals closing in the period, amounts converted to the corporate currency at their
 * dated rates (close date for won deals, today for open ones), probabilities and categories as
 * the deals carry them.
 */
public interface Forecasts {

    /**
     * @throws IllegalStateException when the CRM was built without a pipeline forecaster
     * @throws org.smartbizflow.crm.shared.ValidationException when a rate for a deal's currency is missing
     */
    PipelineForecast forecast(DateRange period);

    /** The forecast of a calendar quarter (1 to 4). */
    default PipelineForecast quarter(int year, int quarter) {
        return forecast(DateRange.quarter(year, quarter));
    }
}
