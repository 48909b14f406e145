package org.smartbizflow.crm.benchmarks.support;

import java.util.Arrays;

/** Medians of repeated measurements: robust to one slow run on a shared machine. */
public final class Medians {

    private Medians() {
    }

    public static double of(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The closing line every end-to-end benchmark prints; ratio is ours over the reference in throughput. */
    public static String resultLine(String name, double ours, double reference, String unit, boolean higherIsBetter) {
        double ratio = higherIsBetter ? ours / reference : reference / ours;
        return String.format(java.util.Locale.ROOT, "%s: %.1f %s; reference %.1f %s; ratio %.2f",
                name, ours, unit, reference, unit, ratio);
    }
}
