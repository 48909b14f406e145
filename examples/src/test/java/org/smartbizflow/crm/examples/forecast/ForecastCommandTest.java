package org.smartbizflow.crm.examples.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {

    private static final Path AIR = Path.of("..", "..", "shared", "data", "air-passengers-monthly.csv");

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        return ForecastCommand.run(List.of(args), new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private static Path air() {
        assertThat(AIR).as("shared data beside the project").exists();
        return AIR;
    }

    @Test
    void backtestsTheSharedAirPassengersSeries() throws IOException {
        int code = run("forecast", "backtest", "--csv", air().toString(), "--period", "12", "--horizon", "12",
                "--level", "80", "--step", "6", "--json");
        assertThat(code).as(err()).isZero();
        JsonNode json = new ObjectMapper().readTree(out());
        JsonNode overall = json.get("overall");
        assertThat(overall).hasSize(6);
        double auto = 0;
        double seasonalNaive = 0;
        for (JsonNode model : overall) {
            assertThat(model.get("coverage").asDouble()).isBetween(0.0, 1.0);
            if (model.get("model").asText().equals("auto")) {
                auto = model.get("smape").asDouble();
            }
            if (model.get("model").asText().equals("seasonal-naive")) {
                seasonalNaive = model.get("smape").asDouble();
            }
        }
        assertThat(auto).isPositive().isLessThan(seasonalNaive);
    }

    @Test
    void printsAReadableTableWithoutJson() {
        int code = run("backtest", "--csv", air().toString(), "--period", "12", "--horizon", "6", "--step", "12",
                "--models", "auto,seasonal-naive");
        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("sMAPE%", "MASE", "coverage", "passengers", "overall");
    }

    @Test
    void runForecastsWithLabelledPeriods() {
        int code = run("run", "--csv", air().toString(), "--period", "12", "--horizon", "3");
        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("1961-01", "1961-03", "HoltWintersMultiplicative");
    }

    @Test
    void runPrintsJsonPointsInsideTheirIntervals() throws IOException {
        int code = run("forecast", "run", "--csv", air().toString(), "--period", "12", "--horizon", "12", "--level", "0.9",
                "--model", "theta", "--json");
        assertThat(code).as(err()).isZero();
        JsonNode series = new ObjectMapper().readTree(out()).get(0);
        assertThat(series.get("model").asText()).startsWith("Theta");
        assertThat(series.get("points")).hasSize(12);
        assertThat(series.get("points").get(11).get("period").asText()).isEqualTo("1961-12");
        for (JsonNode p : series.get("points")) {
            assertThat(p.get("lower").asDouble()).isLessThanOrEqualTo(p.get("mean").asDouble());
            assertThat(p.get("upper").asDouble()).isGreaterThanOrEqualTo(p.get("mean").asDouble());
        }
    }

    @Test
    void readsLongFormWithManySeries(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("series,period,value\n");
        for (int t = 0; t < 40; t++) {
            csv.append("a,").append(t).append(',').append(10 + t % 4).append('\n');
            csv.append("b,").append(t).append(',').append(t == 7 ? "NA" : String.valueOf(100 + 2 * t)).append('\n');
        }
        Path file = Files.writeString(dir.resolve("long.csv"), csv);
        int code = run("backtest", "--csv", file.toString(), "--period", "4", "--horizon", "4", "--json");
        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("\"series\" : \"a\"", "\"series\" : \"b\"");
    }

    @Test
    void badInputGetsAClearMessageAndExitCodeTwo(@TempDir Path dir) throws IOException {
        assertThat(run("backtest", "--csv", dir.resolve("missing.csv").toString(), "--period", "12", "--horizon", "3"))
                .isEqualTo(2);
        assertThat(err()).contains("no such file");

        Path broken = Files.writeString(dir.resolve("broken.csv"), "month,value\n2020-01,10\n2020-02,ten\n");
        errBytes.reset();
        assertThat(run("run", "--csv", broken.toString(), "--period", "12", "--horizon", "3")).isEqualTo(2);
        assertThat(err()).contains("line 3", "'ten' is not a number");

        errBytes.reset();
        assertThat(run("backtest", "--csv", air().toString(), "--period", "12")).isEqualTo(2);
        assertThat(err()).contains("--horizon is required");

        errBytes.reset();
        assertThat(run("backtest", "--csv", air().toString(), "--period", "12", "--horizon", "200")).isEqualTo(2);
        assertThat(err()).contains("needs at least");

        errBytes.reset();
        assertThat(run("run", "--csv", air().toString(), "--period", "12", "--horizon", "2", "--model", "magic"))
                .isEqualTo(2);
        assertThat(err()).contains("unknown model 'magic'");
    }
}
