package org.smartbizflow.crm.examples.forecast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartbizflow.crm.forecast.ForecastPoint;
import org.smartbizflow.crm.forecast.SeriesForecast;
import org.smartbizflow.crm.forecast.TimeSeries;
import org.smartbizflow.crm.forecast.port.out.TimeSeriesForecaster;
import org.smartbizflow.crm.forecasting.series.AutoForecaster;
import org.smartbizflow.crm.forecasting.series.BacktestReport;
import org.smartbizflow.crm.forecasting.series.ModelScore;
import org.smartbizflow.crm.forecasting.series.RollingOriginBacktest;
import org.smartbizflow.crm.forecasting.series.SeriesModel;
import org.smartbizflow.crm.forecasting.series.SeriesScore;
import org.smartbizflow.crm.shared.CrmException;

/**
 * The {@code forecast} command-line tool: backtests and forecasts of series in a CSV file, for a
 * sales-ops analyst who wants to see how the forecasters would have done on their own bookings
 * before trusting them. Text for people, {@code --json} for scripts.
 */
public final class ForecastCommand {

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: forecast backtest --csv FILE --period P --horizon H [--level 80] [--json]",
            "                         [--min-train N] [--step S] [--models auto,theta,seasonal-naive,...]",
            "       forecast run --csv FILE --period P --horizon H [--level 80] [--json] [--model auto]",
            "",
            "  FILE     long form (columns series,period,value) or wide form (period, then one column per series);",
            "           rows oldest first; empty or NA cells are missing periods (interpolated inside a series)",
            "  P        seasonal period: 12 for monthly data, 4 for quarterly, 1 for none",
            "  H        steps ahead",
            "  --level  interval level in percent (or as a fraction), default 80",
            "  models   auto (AICc), auto-holdout, naive, seasonal-naive, ses, holt, holt-damped,",
            "           holt-winters-additive, holt-winters-multiplicative, holt-winters-additive-damped,",
            "           holt-winters-multiplicative-damped, seasonal-additive, seasonal-multiplicative, theta");

    private static final List<String> DEFAULT_BACKTEST_MODELS = List.of("auto", "auto-holdout", "theta", "ses",
            "seasonal-naive", "naive");

    private ForecastCommand() {
    }

    /**
     * Runs the tool. {@code args} may start with {@code forecast}.
     *
     * @return 0 on success, 2 on bad usage or bad input (with the reason on {@code err})
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> a = new ArrayList<>(args);
        if (!a.isEmpty() && a.get(0).equals("forecast")) {
            a.remove(0);
        }
        if (a.isEmpty() || a.contains("--help") || a.contains("-h")) {
            (a.isEmpty() ? err : out).println(USAGE);
            return a.isEmpty() ? 2 : 0;
        }
        try {
            String command = a.remove(0);
            Map<String, String> options = options(a);
            return switch (command) {
                case "backtest" -> backtest(options, out);
                case "run" -> forecast(options, out);
                default -> throw new SeriesCsv.BadInput("unknown command '" + command + "': use backtest or run");
            };
        } catch (SeriesCsv.BadInput e) {
            err.println("forecast: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (CrmException e) {
            err.println("forecast: " + e.getMessage());
            return 2;
        }
    }

    private static Map<String, String> options(List<String> args) throws SeriesCsv.BadInput {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String key = args.get(i);
            if (!key.startsWith("--")) {
                throw new SeriesCsv.BadInput("unexpected argument '" + key + "'");
            }
            String name = key.substring(2);
            if (name.equals("json")) {
                options.put(name, "true");
                continue;
            }
            if (!List.of("csv", "period", "horizon", "level", "min-train", "step", "models", "model").contains(name)) {
                throw new SeriesCsv.BadInput("unknown option " + key);
            }
            if (i + 1 >= args.size()) {
                throw new SeriesCsv.BadInput(key + " needs a value");
            }
            options.put(name, args.get(++i));
        }
        for (String required : List.of("csv", "period", "horizon")) {
            if (!options.containsKey(required)) {
                throw new SeriesCsv.BadInput("--" + required + " is required");
            }
        }
        return options;
    }

    private static int integer(Map<String, String> options, String name, int fallback, int min) throws SeriesCsv.BadInput {
        String text = options.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min) {
                throw new SeriesCsv.BadInput("--" + name + " must be at least " + min + ", not " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new SeriesCsv.BadInput("--" + name + " must be a whole number, not '" + text + "'");
        }
    }

    private static double level(Map<String, String> options) throws SeriesCsv.BadInput {
        String text = options.getOrDefault("level", "80");
        try {
            double v = Double.parseDouble(text.strip());
            double level = v >= 1 ? v / 100 : v;
            if (!(level > 0 && level < 1)) {
                throw new SeriesCsv.BadInput("--level must be between 0 and 100 exclusive, not " + text);
            }
            return level;
        } catch (NumberFormatException e) {
            throw new SeriesCsv.BadInput("--level must be a number such as 80 or 0.8, not '" + text + "'");
        }
    }

    static TimeSeriesForecaster model(String name) throws SeriesCsv.BadInput {
        return switch (name) {
            case "auto" -> AutoForecaster.aicc();
            case "auto-holdout" -> AutoForecaster.holdout();
            case "naive" -> SeriesModel.NAIVE;
            case "seasonal-naive" -> SeriesModel.SEASONAL_NAIVE;
            case "ses" -> SeriesModel.SIMPLE_EXPONENTIAL_SMOOTHING;
            case "holt" -> SeriesModel.HOLT;
            case "holt-damped" -> SeriesModel.HOLT_DAMPED;
            case "holt-winters-additive" -> SeriesModel.HOLT_WINTERS_ADDITIVE;
            case "holt-winters-multiplicative" -> SeriesModel.HOLT_WINTERS_MULTIPLICATIVE;
            case "holt-winters-additive-damped" -> SeriesModel.HOLT_WINTERS_ADDITIVE_DAMPED;
            case "holt-winters-multiplicative-damped" -> SeriesModel.HOLT_WINTERS_MULTIPLICATIVE_DAMPED;
            case "seasonal-additive" -> SeriesModel.SEASONAL_ADDITIVE;
            case "seasonal-multiplicative" -> SeriesModel.SEASONAL_MULTIPLICATIVE;
            case "theta" -> SeriesModel.THETA;
            default -> throw new SeriesCsv.BadInput("unknown model '" + name + "'");
        };
    }

    private static int backtest(Map<String, String> options, PrintStream out) throws SeriesCsv.BadInput {
        int period = integer(options, "period", 1, 1);
        int horizon = integer(options, "horizon", 1, 1);
        double level = level(options);
        List<SeriesCsv.LabelledSeries> input = SeriesCsv.read(Path.of(options.get("csv")), period);
        List<TimeSeries> series = input.stream().map(SeriesCsv.LabelledSeries::series).toList();
        int shortest = series.stream().mapToInt(TimeSeries::length).min().orElse(0);
        int defaultTraining = Math.max(2 * period + 2, shortest / 2);
        int minTrain = integer(options, "min-train", Math.min(defaultTraining, Math.max(3, shortest - horizon)), 3);
        int step = integer(options, "step", 1, 1);
        Map<String, TimeSeriesForecaster> models = new LinkedHashMap<>();
        List<String> names = options.containsKey("models")
                ? List.of(options.get("models").split(",")) : DEFAULT_BACKTEST_MODELS;
        for (String name : names) {
            models.put(name.strip(), model(name.strip()));
        }
        BacktestReport report = RollingOriginBacktest.of(horizon, minTrain, step, level).run(series, models);
        if (options.containsKey("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("horizon", horizon);
            json.put("level", level);
            json.put("minTrain", minTrain);
            json.put("step", step);
            List<Map<String, Object>> per = new ArrayList<>();
            for (SeriesScore s : report.perSeries()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("series", s.series());
                m.put("model", s.model());
                m.put("origins", s.origins());
                m.put("points", s.points());
                m.put("smape", s.smape());
                m.put("mase", s.mase());
                m.put("coverage", s.coverage());
                per.add(m);
            }
            json.put("series", per);
            List<Map<String, Object>> overall = new ArrayList<>();
            for (ModelScore s : report.overall()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("model", s.model());
                m.put("series", s.series());
                m.put("points", s.points());
                m.put("smape", s.smape());
                m.put("mase", s.mase());
                m.put("coverage", s.coverage());
                overall.add(m);
            }
            json.put("overall", overall);
            out.println(toJson(json));
            return 0;
        }
        out.printf(Locale.ROOT, "Rolling-origin backtest: %d series, horizon %d, %.0f%% intervals, first origin after %d"
                + " observations, every %d%n", series.size(), horizon, level * 100, minTrain, step);
        int width = Math.max(8, series.stream().mapToInt(s -> s.name().length()).max().orElse(8));
        int modelWidth = Math.max(15, models.keySet().stream().mapToInt(String::length).max().orElse(15));
        String format = "%-" + width + "s  %-" + modelWidth + "s %7s %8s %7s %9s%n";
        out.printf(Locale.ROOT, format, "series", "model", "origins", "sMAPE%", "MASE", "coverage");
        for (SeriesScore s : report.perSeries()) {
            out.printf(Locale.ROOT, format, s.series(), s.model(), s.origins(), String.format(Locale.ROOT, "%.2f", s.smape()),
                    String.format(Locale.ROOT, "%.3f", s.mase()), String.format(Locale.ROOT, "%.1f%%", 100 * s.coverage()));
        }
        for (ModelScore s : report.overall()) {
            out.printf(Locale.ROOT, format, "overall", s.model(), "", String.format(Locale.ROOT, "%.2f", s.smape()),
                    String.format(Locale.ROOT, "%.3f", s.mase()), String.format(Locale.ROOT, "%.1f%%", 100 * s.coverage()));
        }
        return 0;
    }

    private static int forecast(Map<String, String> options, PrintStream out) throws SeriesCsv.BadInput {
        int period = integer(options, "period", 1, 1);
        int horizon = integer(options, "horizon", 1, 1);
        double level = level(options);
        TimeSeriesForecaster model = model(options.getOrDefault("model", "auto"));
        List<SeriesCsv.LabelledSeries> input = SeriesCsv.read(Path.of(options.get("csv")), period);
        List<Map<String, Object>> json = new ArrayList<>();
        for (SeriesCsv.LabelledSeries labelled : input) {
            SeriesForecast f = model.forecast(labelled.series(), horizon, level);
            List<String> labels = futureLabels(labelled.periods(), horizon);
            if (options.containsKey("json")) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("series", f.seriesName());
                m.put("model", f.model());
                m.put("level", level);
                m.put("simulatedIntervals", f.simulatedIntervals());
                List<Map<String, Object>> points = new ArrayList<>();
                for (ForecastPoint p : f.points()) {
                    Map<String, Object> pm = new LinkedHashMap<>();
                    pm.put("period", labels.get(p.step() - 1));
                    pm.put("mean", p.mean());
                    pm.put("lower", p.lower());
                    pm.put("upper", p.upper());
                    points.add(pm);
                }
                m.put("points", points);
                json.add(m);
                continue;
            }
            out.printf(Locale.ROOT, "%s: %s, %.0f%% intervals%s%n", f.seriesName(), f.model(), level * 100,
                    f.simulatedIntervals() ? " (simulated)" : "");
            out.printf(Locale.ROOT, "%-10s %12s %12s %12s%n", "period", "forecast", "lower", "upper");
            for (ForecastPoint p : f.points()) {
                out.printf(Locale.ROOT, "%-10s %12.2f %12.2f %12.2f%n", labels.get(p.step() - 1), p.mean(), p.lower(),
                        p.upper());
            }
        }
        if (options.containsKey("json")) {
            out.println(toJson(json));
        }
        return 0;
    }

    /** The next periods' labels when the last label is a year-month, otherwise {@code +1, +2, ...}. */
    private static List<String> futureLabels(List<String> periods, int horizon) {
        List<String> labels = new ArrayList<>();
        YearMonth last = null;
        if (!periods.isEmpty()) {
            try {
                last = YearMonth.parse(periods.get(periods.size() - 1));
            } catch (DateTimeParseException e) {
                last = null;
            }
        }
        for (int h = 1; h <= horizon; h++) {
            labels.add(last != null ? last.plusMonths(h).toString() : "+" + h);
        }
        return labels;
    }

    private static String toJson(Object value) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps and numbers always serialise", e);
        }
    }
}
