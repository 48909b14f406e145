package org.smartbizflow.crm.benchmarks;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.smartbizflow.crm.benchmarks.forecasting.ForecastDistributionBenchmark;
import org.smartbizflow.crm.benchmarks.forecasting.ForecastSeriesBenchmark;
import org.smartbizflow.crm.benchmarks.leads.LeadImportBenchmark;
import org.smartbizflow.crm.benchmarks.leads.LeadSearchBenchmark;
import org.smartbizflow.crm.benchmarks.opportunities.PipelineSummaryBenchmark;
import org.smartbizflow.crm.benchmarks.scoring.ScoringBenchmark;

/**
 * {@code java -jar crm-benchmarks.jar NAME [SIZE]}: runs one end-to-end benchmark, which ends
 * with the line {@code NAME: <figure> <unit>; reference <figure> <unit>; ratio <x>} (ratio is
 * ours over the reference in throughput; above 1 is faster). {@code jmh [JMH options]} runs
 * the JMH micro-benchmarks.
 */
public final class Benchmarks {

    private static final Map<String, BiConsumer<List<String>, PrintStream>> END_TO_END = new TreeMap<>(Map.of(
            "lead-import", LeadImportBenchmark::run,
            "lead-search", LeadSearchBenchmark::run,
            "scoring", ScoringBenchmark::run,
            "forecast-distribution", ForecastDistributionBenchmark::run,
            "forecast-series", ForecastSeriesBenchmark::run,
            "pipeline-summary", PipelineSummaryBenchmark::run));

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        if (args.length == 0) {
            System.err.println("usage: java -jar crm-benchmarks.jar NAME [SIZE]   (NAME: "
                    + String.join(", ", END_TO_END.keySet()) + ")\n"
                    + "       java -jar crm-benchmarks.jar jmh [JMH options]");
            System.exit(2);
        }
        if (args[0].equals("jmh")) {
            org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        BiConsumer<List<String>, PrintStream> benchmark = END_TO_END.get(args[0]);
        if (benchmark == null) {
            System.err.println("unknown benchmark '" + args[0] + "'; available: " + String.join(", ", END_TO_END.keySet()));
            System.exit(2);
        }
        benchmark.accept(Arrays.asList(args).subList(1, args.length), System.out);
    }
}
