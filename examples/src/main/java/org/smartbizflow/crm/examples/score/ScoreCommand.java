package org.smartbizflow.crm.examples.score;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.smartbizflow.crm.scoring.Factor;
import org.smartbizflow.crm.scoring.Prediction;
import org.smartbizflow.crm.scoring.evaluation.CrossValidation;
import org.smartbizflow.crm.scoring.evaluation.EvaluationOutcome;
import org.smartbizflow.crm.scoring.model.CalibrationMethod;
import org.smartbizflow.crm.scoring.model.ClassWeighting;
import org.smartbizflow.crm.scoring.model.ModelFormatException;
import org.smartbizflow.crm.scoring.model.ModelTrainer;
import org.smartbizflow.crm.scoring.model.ScoringModel;
import org.smartbizflow.crm.scoring.model.TrainingData;
import org.smartbizflow.crm.scoring.model.TrainingOptions;
import org.smartbizflow.crm.scoring.model.TrainingOutcome;
import org.smartbizflow.crm.scoring.table.CsvFormatException;
import org.smartbizflow.crm.scoring.table.CsvTable;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * The {@code score} command line for data people: cross-validate a churn or conversion
 * model on any CSV, train and save one, and apply a saved model to new rows with each row's
 * probability and top factors. Everything goes through the given streams so the dispatcher
 * (and tests) decide where output lands.
 */
public final class ScoreCommand {

    static final String USAGE = """
            Usage:
              score evaluate --csv FILE --target COLUMN [--positive VALUE] [--exclude COL,...]
                             [--folds K] [--seed S] [--json] [training options]
              score train    --csv FILE --target COLUMN [--positive VALUE] [--exclude COL,...]
                             [--seed S] --out MODEL.json [training options]
              score apply    --model MODEL.json --csv FILE [--id COLUMN] [--top N] [--out FILE]
            Training options:
              --calibration platt|isotonic|none   (default platt)
              --class-weights none|balanced       (default none)
              --l1-ratio R                        L1 share of the penalty, 0 to 1 (default 0)
              --min-outcomes N                    fewest positives and negatives to train on (default 30)
            Any CSV with a header row works; the delimiter and quoting are detected.
            """;

    private static final Set<String> FLAGS = Set.of("--json");

    private ScoreCommand() {
    }

    /** Command-line entry for running the tool on its own. */
    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /**
     * Runs one {@code score} sub-command.
     *
     * @param args the arguments after {@code score} (a leading {@code score} is accepted too)
     * @return 0 on success, 2 on bad usage or bad input (with the reason on {@code err})
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        if (!rest.isEmpty() && rest.get(0).equals("score")) {
            rest.remove(0);
        }
        if (rest.isEmpty()) {
            err.print(USAGE);
            return 2;
        }
        String command = rest.remove(0);
        if (command.equals("--help") || command.equals("help")) {
            out.print(USAGE);
            return 0;
        }
        try {
            Map<String, String> options = parse(rest);
            return switch (command) {
                case "evaluate" -> evaluate(options, out, err);
                case "train" -> train(options, out, err);
                case "apply" -> apply(options, out, err);
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            err.println("score: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (ValidationException | CsvFormatException | ModelFormatException e) {
            err.println("score: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println("score: " + e.getMessage() + ": " + e.getCause().getMessage());
            return 2;
        }
    }

    private static int evaluate(Map<String, String> options, PrintStream out, PrintStream err) {
        allow(options, "--csv", "--target", "--positive", "--exclude", "--folds", "--seed", "--json",
                "--calibration", "--class-weights", "--l1-ratio", "--min-outcomes");
        TrainingData data = data(options);
        int folds = integer(options, "--folds", 5, 2, 100);
        long seed = integer(options, "--seed", 42, Integer.MIN_VALUE, Integer.MAX_VALUE);
        EvaluationOutcome outcome = CrossValidation.evaluate(data, trainingOptions(options, seed), folds, seed);
        if (outcome instanceof EvaluationOutcome.Refused refused) {
            err.println("score: " + refused.message());
            return 2;
        }
        var report = ((EvaluationOutcome.Completed) outcome).report();
        out.print(options.containsKey("--json") ? report.toJson() + System.lineSeparator() : report.toText());
        return 0;
    }

    private static int train(Map<String, String> options, PrintStream out, PrintStream err) {
        allow(options, "--csv", "--target", "--positive", "--exclude", "--seed", "--out", "--calibration",
                "--class-weights", "--l1-ratio", "--min-outcomes");
        Path target = Path.of(required(options, "--out"));
        TrainingData data = data(options);
        long seed = integer(options, "--seed", 42, Integer.MIN_VALUE, Integer.MAX_VALUE);
        TrainingOutcome outcome = ModelTrainer.train(data, trainingOptions(options, seed));
        if (outcome instanceof TrainingOutcome.NotEnoughData refusal) {
            err.println("score: " + refusal.message());
            return 2;
        }
        ScoringModel model = ((TrainingOutcome.Trained) outcome).model();
        try {
            Files.writeString(target, model.toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        var m = model.metadata();
        out.printf(Locale.ROOT, "model %s: %d rows, %d positive (%s = %s), %d features -> %d columns%n",
                m.modelVersion(), m.rows(), m.positives(), m.target(), m.positiveLabel(),
                model.pipeline().encoders().size(), model.width());
        out.printf(Locale.ROOT, "lambda %s, l1 ratio %s, calibration %s, class weights %s, %d solver iterations%s%n",
                m.lambda(), m.l1Ratio(), model.calibrator().method().name().toLowerCase(Locale.ROOT),
                m.classWeighting().name().toLowerCase(Locale.ROOT), m.iterations(),
                m.converged() ? "" : " (did not converge)");
        out.println("saved to " + target);
        return 0;
    }

    private static int apply(Map<String, String> options, PrintStream out, PrintStream err) {
        allow(options, "--model", "--csv", "--id", "--top", "--out");
        Path modelFile = Path.of(required(options, "--model"));
        String json;
        try {
            json = Files.readString(modelFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + modelFile, e);
        }
        ScoringModel model = ScoringModel.fromJson(json);
        CsvTable table = CsvTable.read(Path.of(required(options, "--csv")));
        String id = options.get("--id");
        if (id != null) {
            table.indexOf(id);
        }
        int top = integer(options, "--top", 3, 1, 20);
        for (String feature : model.pipeline().featureNames()) {
            if (!table.columns().contains(feature)) {
                err.println("score: warning: the file has no column '" + feature + "'; treated as missing");
            }
        }
        String target = options.get("--out");
        try (Writer writer = target == null ? new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>();
            header.add(id == null ? "row" : id);
            header.add("probability");
            for (int t = 1; t <= top; t++) {
                header.add("factor_" + t);
            }
            writer.write(csvLine(header));
            for (int i = 0; i < table.size(); i++) {
                Map<String, String> row = table.row(i);
                Prediction prediction = model.predict(row, top);
                List<Factor> strongest = prediction.explanation().factors();
                List<String> cells = new ArrayList<>();
                cells.add(id == null ? String.valueOf(i + 1) : row.get(id));
                cells.add(String.format(Locale.ROOT, "%.6f", prediction.probability()));
                for (int t = 0; t < top; t++) {
                    cells.add(t < strongest.size() ? describe(strongest.get(t)) : "");
                }
                writer.write(csvLine(cells));
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scores", e);
        }
        if (target != null) {
            out.printf(Locale.ROOT, "scored %d rows with model %s into %s%n", table.size(), model.version(), target);
        }
        return 0;
    }

    private static String describe(Factor factor) {
        return String.format(Locale.ROOT, "%s=%s (%+.2f)", factor.name(), factor.value(), factor.effect());
    }

    private static String csvLine(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String cell = cells.get(i);
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.append('\n').toString();
    }

    private static TrainingData data(Map<String, String> options) {
        CsvTable table = CsvTable.read(Path.of(required(options, "--csv")));
        List<String> exclude = options.containsKey("--exclude")
                ? Arrays.stream(options.get("--exclude").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList()
                : List.of();
        return TrainingData.fromTable(table, required(options, "--target"), options.get("--positive"), exclude);
    }

    private static TrainingOptions trainingOptions(Map<String, String> options, long seed) {
        TrainingOptions training = TrainingOptions.defaults().withSeed(seed);
        String calibration = options.getOrDefault("--calibration", "platt");
        training = training.withCalibration(switch (calibration.toLowerCase(Locale.ROOT)) {
            case "platt" -> CalibrationMethod.PLATT;
            case "isotonic" -> CalibrationMethod.ISOTONIC;
            case "none" -> CalibrationMethod.NONE;
            default -> throw new UsageException("--calibration must be platt, isotonic or none, not " + calibration);
        });
        String weights = options.getOrDefault("--class-weights", "none");
        training = training.withClassWeighting(switch (weights.toLowerCase(Locale.ROOT)) {
            case "none" -> ClassWeighting.NONE;
            case "balanced" -> ClassWeighting.BALANCED;
            default -> throw new UsageException("--class-weights must be none or balanced, not " + weights);
        });
        if (options.containsKey("--l1-ratio")) {
            try {
                training = training.withL1Ratio(Double.parseDouble(options.get("--l1-ratio")));
            } catch (NumberFormatException e) {
                throw new UsageException("--l1-ratio must be a number between 0 and 1");
            }
        }
        if (options.containsKey("--min-outcomes")) {
            int minimum = integer(options, "--min-outcomes", 30, 1, Integer.MAX_VALUE);
            training = training.withMinimumOutcomes(minimum, minimum);
        }
        return training;
    }

    private static Map<String, String> parse(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (!name.startsWith("--")) {
                throw new UsageException("unexpected argument '" + name + "'");
            }
            if (FLAGS.contains(name)) {
                options.put(name, "true");
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(name + " needs a value");
            }
            if (options.put(name, args.get(++i)) != null) {
                throw new UsageException(name + " is given twice");
            }
        }
        return options;
    }

    private static void allow(Map<String, String> options, String... names) {
        Set<String> allowed = Set.of(names);
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                throw new UsageException("unknown option " + name + " for this command");
            }
        }
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException(name + " is required");
        }
        return value;
    }

    private static int integer(Map<String, String> options, String name, int fallback, int min, int max) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw new UsageException(name + " must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not '" + value + "'");
        }
    }

    /** Bad command-line usage; reported with the usage text. */
    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
