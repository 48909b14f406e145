package org.smartbizflow.crm.scoring.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * The standard measures of a probabilistic binary classifier, computed on primitive arrays.
 * Ties in the scores are handled exactly (ROC AUC counts a tie as half, as the Mann-Whitney
 * statistic does) so results match other tools.
 */
public final class BinaryMetrics {

    private static final double EPSILON = 1e-15;

    private BinaryMetrics() {
    }

    /** Area under the ROC curve: the chance a random positive ranks above a random negative. */
    public static double rocAuc(double[] scores, boolean[] outcomes) {
        check(scores, outcomes);
        Integer[] order = ascending(scores);
        double rankSumPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (outcomes[order[k]]) {
                    rankSumPositives += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = outcomes.length - positives;
        Preconditions.check(positives > 0 && negatives > 0, "outcomes", "needs both positive and negative outcomes");
        return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Area under the precision-recall curve, as average precision (step-wise, no interpolation). */
    public static double prAuc(double[] scores, boolean[] outcomes) {
        check(scores, outcomes);
        Integer[] order = ascending(scores);
        long positives = 0;
        for (boolean b : outcomes) {
            positives += b ? 1 : 0;
        }
        Preconditions.check(positives > 0, "outcomes", "needs at least one positive outcome");
        double sum = 0;
        long truePositives = 0;
        long seen = 0;
        int i = order.length - 1;
        while (i >= 0) {
            int j = i;
            while (j - 1 >= 0 && scores[order[j - 1]] == scores[order[i]]) {
                j--;
            }
            long newPositives = 0;
            for (int k = j; k <= i; k++) {
                newPositives += outcomes[order[k]] ? 1 : 0;
            }
            truePositives += newPositives;
            seen += i - j + 1;
            sum += newPositives * ((double) truePositives / seen);
            i = j - 1;
        }
        return sum / positives;
    }

    /** Mean negative log-likelihood, probabilities clipped away from 0 and 1. */
    public static double logLoss(double[] probabilities, boolean[] outcomes) {
        check(probabilities, outcomes);
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double p = Math.min(Math.max(probabilities[i], EPSILON), 1 - EPSILON);
            sum -= outcomes[i] ? Math.log(p) : Math.log1p(-p);
        }
        return sum / probabilities.length;
    }

    /** Mean squared difference between probability and outcome. */
    public static double brier(double[] probabilities, boolean[] outcomes) {
        check(probabilities, outcomes);
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double d = probabilities[i] - (outcomes[i] ? 1 : 0);
            sum += d * d;
        }
        return sum / probabilities.length;
    }

    /** Deciles of the predictions (equal counts, lowest first) with predicted and observed rates. */
    public static List<CalibrationBin> calibrationTable(double[] probabilities, boolean[] outcomes) {
        check(probabilities, outcomes);
        Integer[] order = ascending(probabilities);
        List<CalibrationBin> bins = new ArrayList<>(10);
        int n = order.length;
        for (int d = 0; d < 10; d++) {
            int from = (int) ((long) n * d / 10);
            int to = (int) ((long) n * (d + 1) / 10);
            if (to <= from) {
                continue;
            }
            double predicted = 0;
            double observed = 0;
            for (int k = from; k < to; k++) {
                predicted += probabilities[order[k]];
                observed += outcomes[order[k]] ? 1 : 0;
            }
            bins.add(new CalibrationBin(d + 1, to - from, predicted / (to - from), observed / (to - from)));
        }
        return bins;
    }

    /**
     * Expected calibration error over the deciles: the count-weighted mean absolute gap
     * between predicted and observed rates.
     */
    public static double expectedCalibrationError(List<CalibrationBin> bins) {
        double total = 0;
        double gap = 0;
        for (CalibrationBin bin : bins) {
            total += bin.count();
            gap += bin.count() * Math.abs(bin.meanPredicted() - bin.observedRate());
        }
        return total == 0 ? 0 : gap / total;
    }

    /**
     * Lift in the top {@code share} of scores: their positive rate divided by the overall
     * rate (2.0 means the top slice holds twice as many positives as a random slice).
     */
    public static double lift(double[] scores, boolean[] outcomes, double share) {
        check(scores, outcomes);
        Preconditions.check(share > 0 && share <= 1, "share", "must be in (0, 1]");
        Integer[] order = ascending(scores);
        int n = order.length;
        int top = Math.max(1, (int) Math.round(n * share));
        double hits = 0;
        double positives = 0;
        for (int k = 0; k < n; k++) {
            positives += outcomes[order[k]] ? 1 : 0;
            if (k >= n - top) {
                hits += outcomes[order[k]] ? 1 : 0;
            }
        }
        Preconditions.check(positives > 0, "outcomes", "needs at least one positive outcome");
        return (hits / top) / (positives / n);
    }

    private static Integer[] ascending(double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        return order;
    }

    private static void check(double[] scores, boolean[] outcomes) {
        Preconditions.notNull(scores, "scores");
        Preconditions.notNull(outcomes, "outcomes");
        Preconditions.check(scores.length == outcomes.length && scores.length > 0, "scores",
                "needs one score per outcome and at least one");
    }
}
