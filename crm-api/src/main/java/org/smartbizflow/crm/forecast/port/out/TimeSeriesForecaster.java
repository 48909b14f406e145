package org.smartbizflow.crm.forecast.port.out;

import org.smartbizflow.crm.forecast.SeriesForecast;
import org.smartbizflow.crm.forecast.TimeSeries;

/**
 * Forecasts a regular series (bookings, revenue, lead volume) with prediction intervals.
 * Implementations document how they treat short series, zeros and missing periods; bad input
 * is a {@link org.smartbizflow.crm.shared.ValidationException}.
 */
public interface TimeSeriesForecaster {

    /**
     * @param series  the history
     * @param horizon steps ahead, at least 1
     * @param level   interval level in (0, 1), e.g. 0.8
     */
    SeriesForecast forecast(TimeSeries series, int horizon, double level);
}
