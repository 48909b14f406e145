package org.smartbizflow.crm.examples.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

    private static final Path CHURN = Path.of("..", "..", "shared", "data", "telecom-churn-mlc.csv")
            .toAbsolutePath().normalize();

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        assertThat(Files.isRegularFile(CHURN)).as("shared data set %s must exist", CHURN).isTrue();
        return ScoreCommand.run(List.of(args), new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void evaluatesTheChurnDataAsText() {
        int code = run("score", "evaluate", "--csv", CHURN.toString(), "--target", "churn", "--folds", "3");
        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("Cross-validated evaluation of 'churn' (positive = yes)")
                .contains("rows 5000, positives 707").contains("3 stratified folds").contains("ROC AUC")
                .contains("lift at top 10%").contains("decile");
    }

    @Test
    void evaluatesTheChurnDataAsJson() throws Exception {
        int code = run("evaluate", "--csv", CHURN.toString(), "--target", "churn", "--positive", "yes",
                "--folds", "3", "--seed", "9", "--exclude", "state", "--json");
        assertThat(code).as(err()).isZero();
        JsonNode report = new ObjectMapper().readTree(out());
        assertThat(report.get("rows").asInt()).isEqualTo(5000);
        assertThat(report.get("folds").asInt()).isEqualTo(3);
        assertThat(report.get("foldRocAuc")).hasSize(3);
        assertThat(report.get("rocAuc").asDouble()).isGreaterThan(0.75);
        assertThat(report.get("calibration")).hasSize(10);
    }

    @Test
    void trainsSavesAndAppliesAModel(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("churn-model.json");
        assertThat(run("train", "--csv", CHURN.toString(), "--target", "churn", "--out", model.toString()))
                .as(err()).isZero();
        assertThat(out()).contains("model churn-").contains("saved to");
        Path scores = dir.resolve("scores.csv");
        assertThat(run("apply", "--model", model.toString(), "--csv", CHURN.toString(), "--out", scores.toString(),
                "--top", "2")).as(err()).isZero();
        List<String> lines = Files.readAllLines(scores);
        assertThat(lines).hasSize(5001);
        assertThat(lines.get(0)).isEqualTo("row,probability,factor_1,factor_2");
        String[] first = lines.get(1).split(",", 3);
        assertThat(Double.parseDouble(first[1])).isBetween(0.0, 1.0);
        assertThat(first[2]).containsPattern("\\w+=.+ \\([+-]\\d+\\.\\d\\d\\)");
    }

    @Test
    void badInputGetsAClearMessageAndExitCodeTwo(@TempDir Path dir) throws Exception {
        assertThat(run("evaluate", "--csv", CHURN.toString(), "--target", "nope")).isEqualTo(2);
        assertThat(err()).contains("no column named 'nope'");
        errBytes.reset();
        assertThat(run("evaluate", "--csv", dir.resolve("missing.csv").toString(), "--target", "x")).isEqualTo(2);
        assertThat(err()).contains("file not found");
        errBytes.reset();
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "a;b;y\n1;2;yes\n3;no\n");
        assertThat(run("evaluate", "--csv", ragged.toString(), "--target", "y")).isEqualTo(2);
        assertThat(err()).contains("line 3").contains("expected 3 cells separated by ';'");
        errBytes.reset();
        assertThat(run("evaluate", "--csv", CHURN.toString())).isEqualTo(2);
        assertThat(err()).contains("--target is required").contains("Usage:");
        errBytes.reset();
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'frobnicate'");
        errBytes.reset();
        Path notModel = dir.resolve("model.json");
        Files.writeString(notModel, "{\"format\":\"smartbizflow-crm-scoring-model\",\"formatVersion\":99}");
        assertThat(run("apply", "--model", notModel.toString(), "--csv", CHURN.toString())).isEqualTo(2);
        assertThat(err()).contains("format version 99");
    }

    @Test
    void refusesToTrainOnTooFewOutcomes(@TempDir Path dir) throws Exception {
        Path tiny = dir.resolve("tiny.csv");
        Files.writeString(tiny, "x,y\n1,yes\n2,no\n3,no\n4,yes\n5,no\n6,no\n");
        assertThat(run("train", "--csv", tiny.toString(), "--target", "y", "--out", dir.resolve("m.json").toString()))
                .isEqualTo(2);
        assertThat(err()).contains("Not enough outcomes");
    }
}
