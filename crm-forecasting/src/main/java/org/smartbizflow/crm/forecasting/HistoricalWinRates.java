package org.smartbizflow.crm.forecasting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.smartbizflow.crm.forecast.DealHistory;
import org.smartbizflow.crm.forecast.DealOutcome;
import org.smartbizflow.crm.forecast.ForecastDeal;
import org.smartbizflow.crm.forecast.WinRate;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Win rates and stage-to-stage conversion learnt from closed deals' stage histories, so a
 * forecast can use what actually happened instead of the stage probabilities someone typed
 * into the pipeline once. A rate is looked up from the most specific cell that has at least
 * {@code minimumSample} closed deals: pipeline, stage, segment and size band; then pipeline,
 * stage and segment; then pipeline and stage; and otherwise the pipeline default (the host's
 * stage probability, or the pipeline's overall historical rate when the host gives none).
 */
public final class HistoricalWinRates {

    private static final String ANY = "\u0000any";

    private final int minimumSample;
    private final List<BigDecimal> sizeBandUpperBounds;
    private final BiFunction<String, String, Double> pipelineDefaults;
    private final Map<String, int[]> stageCounts = new HashMap<>();
    private final Map<String, int[]> pipelineCounts = new HashMap<>();
    private final List<DealHistory> closed = new ArrayList<>();

    private HistoricalWinRates(int minimumSample, List<BigDecimal> bands, BiFunction<String, String, Double> defaults) {
        this.minimumSample = minimumSample;
        this.sizeBandUpperBounds = List.copyOf(bands);
        this.pipelineDefaults = defaults;
    }

    /**
     * @param history          deals with their stage histories; open ones are ignored
     * @param minimumSample    closed deals a cell needs before its rate is trusted, at least 1
     * @param sizeBandUpperBounds ascending upper bounds of the deal size bands (amounts in any
     *                         currency are compared by number), empty for no bands
     * @param pipelineDefaults the host's default probability for (pipeline, stage), 0 to 1, or
     *                         null when it has none; may be null
     */
    public static HistoricalWinRates learn(List<DealHistory> history, int minimumSample,
                                           List<BigDecimal> sizeBandUpperBounds,
                                           BiFunction<String, String, Double> pipelineDefaults) {
        Preconditions.notNull(history, "history");
        Preconditions.check(minimumSample >= 1, "minimumSample", "must be at least 1");
        Preconditions.notNull(sizeBandUpperBounds, "sizeBandUpperBounds");
        for (int i = 1; i < sizeBandUpperBounds.size(); i++) {
            Preconditions.check(sizeBandUpperBounds.get(i).compareTo(sizeBandUpperBounds.get(i - 1)) > 0,
                    "sizeBandUpperBounds", "must be strictly ascending");
        }
        HistoricalWinRates rates = new HistoricalWinRates(minimumSample, sizeBandUpperBounds,
                pipelineDefaults == null ? (p, s) -> null : pipelineDefaults);
        for (DealHistory h : history) {
            if (h.outcome() == DealOutcome.OPEN) {
                continue;
            }
            rates.closed.add(h);
            int won = h.outcome() == DealOutcome.WON ? 1 : 0;
            rates.pipelineCounts.computeIfAbsent(h.pipeline(), k -> new int[2])[0] += won;
            rates.pipelineCounts.get(h.pipeline())[1]++;
            int band = rates.band(h.amount());
            for (String stage : new java.util.LinkedHashSet<>(h.stagesReached())) {
                String seg = h.segment() == null ? ANY : h.segment();
                rates.add(key(h.pipeline(), stage, seg, band), won);
                rates.add(key(h.pipeline(), stage, seg, -1), won);
                rates.add(key(h.pipeline(), stage, ANY, -1), won);
            }
        }
        return rates;
    }

    private void add(String key, int won) {
        int[] c = stageCounts.computeIfAbsent(key, k -> new int[2]);
        c[0] += won;
        c[1]++;
    }

    private static String key(String pipeline, String stage, String segment, int band) {
        return pipeline + '\u0001' + stage + '\u0001' + segment + '\u0001' + band;
    }

    int band(Money amount) {
        BigDecimal a = amount.amount();
        for (int i = 0; i < sizeBandUpperBounds.size(); i++) {
            if (a.compareTo(sizeBandUpperBounds.get(i)) <= 0) {
                return i;
            }
        }
        return sizeBandUpperBounds.size();
    }

    /** The win rate of a deal now at {@code stage}; {@code segment} may be null. */
    public WinRate winRate(String pipeline, String stage, String segment, Money amount) {
        Preconditions.notBlank(pipeline, "pipeline");
        Preconditions.notBlank(stage, "stage");
        Preconditions.notNull(amount, "amount");
        String seg = segment == null ? ANY : segment;
        if (segment != null && !sizeBandUpperBounds.isEmpty()) {
            WinRate r = cell(key(pipeline, stage, seg, band(amount)), "segment and size band");
            if (r != null) {
                return r;
            }
        }
        if (segment != null) {
            WinRate r = cell(key(pipeline, stage, seg, -1), "segment");
            if (r != null) {
                return r;
            }
        }
        WinRate r = cell(key(pipeline, stage, ANY, -1), "pipeline stage");
        if (r != null) {
            return r;
        }
        return pipelineDefault(pipeline, stage);
    }

    private WinRate cell(String key, String source) {
        int[] c = stageCounts.get(key);
        if (c == null || c[1] < minimumSample) {
            return null;
        }
        return new WinRate((double) c[0] / c[1], c[0], c[1], source);
    }

    private WinRate pipelineDefault(String pipeline, String stage) {
        Double configured = pipelineDefaults.apply(pipeline, stage);
        if (configured != null) {
            Preconditions.check(configured >= 0 && configured <= 1, "pipelineDefaults",
                    "must give probabilities between 0 and 1, not " + configured);
            return new WinRate(configured, 0, 0, "default");
        }
        int[] c = pipelineCounts.getOrDefault(pipeline, new int[2]);
        return new WinRate(c[1] == 0 ? 0 : (double) c[0] / c[1], c[0], c[1], "pipeline overall");
    }

    /**
     * Of the closed deals in the pipeline that reached {@code from}, the share that went on to
     * reach {@code to} (won deals reach their final stage by definition of the history).
     */
    public WinRate conversion(String pipeline, String from, String to) {
        Preconditions.notBlank(pipeline, "pipeline");
        int reachedFrom = 0;
        int reachedTo = 0;
        for (DealHistory h : closed) {
            if (h.pipeline().equals(pipeline) && h.reached(from)) {
                reachedFrom++;
                int fromIndex = h.stagesReached().indexOf(from);
                if (h.stagesReached().subList(fromIndex, h.stagesReached().size()).contains(to)) {
                    reachedTo++;
                }
            }
        }
        return new WinRate(reachedFrom == 0 ? 0 : (double) reachedTo / reachedFrom, reachedTo, reachedFrom,
                reachedFrom >= minimumSample ? "pipeline stage" : "insufficient sample");
    }

    /**
     * The deal with its win probability replaced by the historical rate for its pipeline and
     * stage; won deals and deals without pipeline or stage are returned unchanged.
     */
    public ForecastDeal apply(ForecastDeal deal, String segment) {
        Preconditions.notNull(deal, "deal");
        if (deal.isClosedWon() || deal.pipeline() == null || deal.stage() == null) {
            return deal;
        }
        return deal.withProbability(winRate(deal.pipeline(), deal.stage(), segment, deal.amount()).rate());
    }
}
