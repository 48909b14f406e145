package org.smartbizflow.crm.scoring.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * How well a model predicts, measured on data it was not trained on: pooled out-of-fold
 * metrics of a stratified k-fold cross-validation, the spread of ROC AUC over the folds, and
 * a decile calibration table. Renders as plain text for people and JSON for tools.
 *
 * @param target            the outcome predicted
 * @param positiveLabel     its positive value
 * @param rows              rows evaluated
 * @param positives         positive outcomes among them
 * @param folds             number of folds
 * @param seed              fold assignment seed
 * @param rocAuc            ROC AUC of the pooled out-of-fold predictions
 * @param foldRocAuc        ROC AUC of each fold
 * @param prAuc             average precision of the pooled predictions
 * @param logLoss           mean log loss
 * @param brier             Brier score
 * @param calibrationError  expected calibration error over deciles
 * @param liftTop10         lift in the top 10% of scores
 * @param calibration       the decile table
 */
public record EvaluationReport(String target, String positiveLabel, int rows, int positives, int folds, long seed,
                               double rocAuc, List<Double> foldRocAuc, double prAuc, double logLoss, double brier,
                               double calibrationError, double liftTop10, List<CalibrationBin> calibration) {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public EvaluationReport {
        Preconditions.notBlank(target, "target");
        Preconditions.notNull(positiveLabel, "positiveLabel");
        foldRocAuc = List.copyOf(foldRocAuc);
        calibration = List.copyOf(calibration);
    }

    /** The positive share of the data, the rate a model without information would predict. */
    public double baseRate() {
        return rows == 0 ? 0 : (double) positives / rows;
    }

    /** Mean of the per-fold ROC AUCs. */
    public double foldRocAucMean() {
        return foldRocAuc.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Sample standard deviation of the per-fold ROC AUCs. */
    public double foldRocAucDeviation() {
        double mean = foldRocAucMean();
        double sum = 0;
        for (double v : foldRocAuc) {
            sum += (v - mean) * (v - mean);
        }
        return foldRocAuc.size() < 2 ? 0 : Math.sqrt(sum / (foldRocAuc.size() - 1));
    }

    /** The report as aligned plain text. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Cross-validated evaluation of '%s' (positive = %s)%n", target,
                positiveLabel));
        out.append(String.format(Locale.ROOT, "rows %d, positives %d (base rate %.3f), %d stratified folds, seed %d%n",
                rows, positives, baseRate(), folds, seed));
        out.append(String.format(Locale.ROOT, "ROC AUC          %.4f  (folds: mean %.4f, sd %.4f)%n", rocAuc,
                foldRocAucMean(), foldRocAucDeviation()));
        out.append(String.format(Locale.ROOT, "PR AUC           %.4f%n", prAuc));
        out.append(String.format(Locale.ROOT, "log loss         %.4f%n", logLoss));
        out.append(String.format(Locale.ROOT, "Brier score      %.4f%n", brier));
        out.append(String.format(Locale.ROOT, "calibration err  %.4f  (expected, over deciles)%n", calibrationError));
        out.append(String.format(Locale.ROOT, "lift at top 10%%  %.2f%n", liftTop10));
        out.append("calibration by decile of predicted probability:\n");
        out.append(String.format(Locale.ROOT, "  %-6s %6s %10s %10s%n", "decile", "rows", "predicted", "observed"));
        for (CalibrationBin bin : calibration) {
            out.append(String.format(Locale.ROOT, "  %-6d %6d %10.4f %10.4f%n", bin.decile(), bin.count(),
                    bin.meanPredicted(), bin.observedRate()));
        }
        return out.toString();
    }

    /** The report as JSON with the same figures. */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("target", target);
        root.put("positiveLabel", positiveLabel);
        root.put("rows", rows);
        root.put("positives", positives);
        root.put("baseRate", baseRate());
        root.put("folds", folds);
        root.put("seed", seed);
        root.put("rocAuc", rocAuc);
        ArrayNode foldAuc = root.putArray("foldRocAuc");
        foldRocAuc.forEach(foldAuc::add);
        root.put("prAuc", prAuc);
        root.put("logLoss", logLoss);
        root.put("brier", brier);
        root.put("calibrationError", calibrationError);
        root.put("liftTop10", liftTop10);
        ArrayNode bins = root.putArray("calibration");
        for (CalibrationBin bin : calibration) {
            ObjectNode node = bins.addObject();
            node.put("decile", bin.decile());
            node.put("count", bin.count());
            node.put("meanPredicted", bin.meanPredicted());
            node.put("observedRate", bin.observedRate());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a report tree as JSON", e);
        }
    }
}
