package org.smartbizflow.crm.forecast;

import java.util.List;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A time-series forecast: which model made it, at which interval level, and the points.
 *
 * @param seriesName the series
 * @param model      the model's name, with fitted parameters, e.g. {@code "HoltWinters(mul, a=0.31 ...)"}
 * @param modelKind  the model family, stable for grouping, e.g. {@code "holt-winters-multiplicative"}
 * @param level      the interval level in (0, 1)
 * @param points     one per step ahead
 * @param simulatedIntervals whether the intervals were simulated rather than analytical
 */
public record SeriesForecast(String seriesName, String model, String modelKind, double level,
                             List<ForecastPoint> points, boolean simulatedIntervals) {

    public SeriesForecast {
        seriesName = Preconditions.notBlank(seriesName, "seriesName");
        model = Preconditions.notBlank(model, "model");
        modelKind = Preconditions.notBlank(modelKind, "modelKind");
        Preconditions.check(level > 0 && level < 1, "level", "must be between 0 and 1 exclusive");
        points = List.copyOf(Preconditions.notNull(points, "points"));
    }

    public int horizon() {
        return points.size();
    }

    public double[] means() {
        return points.stream().mapToDouble(ForecastPoint::mean).toArray();
    }
}
