package org.smartbizflow.crm.forecasting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.smartbizflow.crm.forecast.DealChange;
import org.smartbizflow.crm.forecast.DealHistory;
import org.smartbizflow.crm.forecast.DistributionMethod;
import org.smartbizflow.crm.forecast.ForecastAccuracy;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.forecast.ForecastDeal;
import org.smartbizflow.crm.forecast.ForecastRequest;
import org.smartbizflow.crm.forecast.ForecastScope;
import org.smartbizflow.crm.forecast.ForecastSnapshot;
import org.smartbizflow.crm.forecast.OutcomeDistribution;
import org.smartbizflow.crm.forecast.PipelineForecast;
import org.smartbizflow.crm.forecast.Quota;
import org.smartbizflow.crm.forecast.QuotaProjection;
import org.smartbizflow.crm.forecast.SnapshotComparison;
import org.smartbizflow.crm.forecast.port.out.PipelineForecaster;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * The crm-forecasting implementation of {@link PipelineForecaster}. Deals are treated as
 * independent wins with their given probabilities (feed it historical rates from
 * {@link HistoricalWinRates} or a scoring model's); amounts are exact at the edges and minor
 * units inside. Stateless apart from the slippage history, so one instance serves every tenant.
 */
public final class PipelineForecastEngine implements PipelineForecaster {

    private final long[] slippageDays;

    private PipelineForecastEngine(long[] slippageDays) {
        this.slippageDays = slippageDays;
    }

    /** An engine without history: Monte Carlo with slippage is refused. */
    public static PipelineForecastEngine create() {
        return new PipelineForecastEngine(new long[0]);
    }

    /** An engine that draws close-date slippage from the won deals of {@code history}. */
    public static PipelineForecastEngine withSlippageHistory(List<DealHistory> history) {
        Preconditions.notNull(history, "history");
        long[] slips = history.stream().filter(h -> h.outcome() == org.smartbizflow.crm.forecast.DealOutcome.WON)
                .mapToLong(h -> h.slippageDays().orElse(0)).toArray();
        return new PipelineForecastEngine(slips);
    }

    @Override
    public PipelineForecast forecast(ForecastRequest request) {
        Preconditions.notNull(request, "request");
        return forecast(request, ForecastScope.TENANT, "tenant", PeriodDeals.converted(request), request.period(), 0);
    }

    @Override
    public Map<String, PipelineForecast> forecastBy(ForecastScope scope, ForecastRequest request) {
        Preconditions.notNull(scope, "scope");
        Preconditions.notNull(request, "request");
        Map<String, List<ForecastDeal>> groups = new TreeMap<>();
        for (ForecastDeal deal : PeriodDeals.converted(request)) {
            groups.computeIfAbsent(scope.keyOf(deal), k -> new ArrayList<>()).add(deal);
        }
        Map<String, PipelineForecast> out = new LinkedHashMap<>();
        groups.forEach((key, deals) -> out.put(key, forecast(request, scope, key, deals, request.period(), key.hashCode())));
        return out;
    }

    @Override
    public List<QuotaProjection> projectQuotas(ForecastRequest request, List<Quota> quotas) {
        Preconditions.notNull(request, "request");
        Preconditions.notNull(quotas, "quotas");
        List<ForecastDeal> all = PeriodDeals.converted(request);
        List<QuotaProjection> out = new ArrayList<>(quotas.size());
        for (Quota quota : quotas) {
            Preconditions.check(quota.scope() != ForecastScope.TENANT || quota.owner().equals("tenant"), "quota.owner",
                    "a tenant quota must use the key 'tenant'");
            List<ForecastDeal> mine = all.stream().filter(d -> quota.scope().keyOf(d).equals(quota.owner())).toList();
            PipelineForecast forecast = forecast(request, quota.scope(), quota.owner(), mine, quota.period(),
                    quota.owner().hashCode());
            Money target = quota.amount();
            if (!target.currency().equals(request.currency())) {
                Preconditions.check(request.rates() != null, "quota.amount", "is in " + target.currency()
                        + " but the forecast is in " + request.currency() + "; pass exchange rates");
                target = request.rates().convert(target, request.currency());
            }
            BigDecimal quotaAmount = target.amount();
            out.add(new QuotaProjection(quota, forecast.closed(), ratio(forecast.p10(), quotaAmount),
                    ratio(forecast.p50(), quotaAmount), ratio(forecast.p90(), quotaAmount),
                    forecast.probabilityOfReaching(target), forecast));
        }
        return out;
    }

    private static double ratio(Money amount, BigDecimal quota) {
        return amount.amount().doubleValue() / quota.doubleValue();
    }

    private PipelineForecast forecast(ForecastRequest request, ForecastScope scope, String key, List<ForecastDeal> deals,
                                      DateRange period, long seedSalt) {
        DistributionMethod method = request.method();
        boolean slippage = method instanceof DistributionMethod.MonteCarlo mc && mc.slippage();
        PeriodDeals p = PeriodDeals.of(request.currency(), period, deals, slippage);
        OutcomeDistribution distribution = distribution(p, method, seedSalt);
        Money closed = p.money(p.closedMinor);
        Money commit = p.money(p.closedMinor + p.commitMinor);
        Money bestCase = p.money(p.closedMinor + p.commitMinor + p.bestCaseMinor);
        Money pipeline = p.money(p.closedMinor + p.commitMinor + p.bestCaseMinor + p.pipelineMinor);
        Money weighted = closed.plus(Money.rounded(p.weightedOpen, request.currency()));
        return new PipelineForecast(period, scope, key, closed, commit, bestCase, pipeline, weighted, p.counted.size(),
                distribution);
    }

    private OutcomeDistribution distribution(PeriodDeals p, DistributionMethod method, long seedSalt) {
        if (method instanceof DistributionMethod.Exact exact) {
            return PipelineDistributions.exact(p.currency, p.closedMinor, p.openAmounts, p.openProbabilities,
                    exact.gridSize());
        }
        DistributionMethod.MonteCarlo mc = (DistributionMethod.MonteCarlo) method;
        long seed = mc.seed() ^ (seedSalt * 0x9E3779B97F4A7C15L);
        if (!mc.slippage()) {
            return PipelineDistributions.monteCarlo(p.currency, p.closedMinor, p.openAmounts, p.openProbabilities,
                    mc.trials(), seed);
        }
        if (slippageDays.length == 0) {
            throw new ValidationException("method", "close-date slippage needs won deals in the history;"
                    + " create the engine with withSlippageHistory");
        }
        return PipelineDistributions.monteCarloWithSlippage(p.currency, p.closedMinor, p.openAmounts,
                p.openProbabilities, p.openCloseDays, slippageDays, p.period.start().toEpochDay(),
                p.period.end().toEpochDay(), mc.trials(), seed);
    }

    @Override
    public SnapshotComparison compare(ForecastSnapshot earlier, ForecastSnapshot later) {
        Preconditions.notNull(earlier, "earlier");
        Preconditions.notNull(later, "later");
        Preconditions.check(earlier.tenantId().equals(later.tenantId()), "later", "belongs to another tenant");
        Preconditions.check(earlier.period().equals(later.period()) && earlier.scope() == later.scope()
                && earlier.scopeKey().equals(later.scopeKey()), "later", "is not of the same period and scope");
        Preconditions.check(!later.asOf().isBefore(earlier.asOf()), "later", "was taken before the earlier snapshot");
        Map<String, ForecastDeal> before = byId(earlier.deals());
        Map<String, ForecastDeal> after = byId(later.deals());
        TreeSet<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<DealChange> changes = new ArrayList<>();
        for (String id : ids) {
            ForecastDeal b = before.get(id);
            ForecastDeal a = after.get(id);
            if (b == null) {
                changes.add(new DealChange(id, DealChange.Kind.NEW, null, a));
                if (a.isClosedWon()) {
                    changes.add(new DealChange(id, DealChange.Kind.WON, null, a));
                }
                continue;
            }
            if (a == null) {
                if (!b.isClosedWon() && b.category() != ForecastCategory.OMITTED) {
                    changes.add(new DealChange(id, DealChange.Kind.LOST, b, null));
                }
                continue;
            }
            boolean categoryChanged = a.category() != b.category();
            if (categoryChanged && a.isClosedWon()) {
                changes.add(new DealChange(id, DealChange.Kind.WON, b, a));
            } else if (categoryChanged && a.category() == ForecastCategory.OMITTED) {
                changes.add(new DealChange(id, DealChange.Kind.LOST, b, a));
            } else if (categoryChanged) {
                changes.add(new DealChange(id, DealChange.Kind.CATEGORY_CHANGED, b, a));
            }
            if (a.expectedClose().isAfter(b.expectedClose())) {
                changes.add(new DealChange(id, DealChange.Kind.PUSHED, b, a));
            } else if (a.expectedClose().isBefore(b.expectedClose())) {
                changes.add(new DealChange(id, DealChange.Kind.PULLED_IN, b, a));
            }
            if (a.amount().amount().compareTo(b.amount().amount()) != 0 || !a.amount().currency().equals(b.amount().currency())) {
                changes.add(new DealChange(id, DealChange.Kind.AMOUNT_CHANGED, b, a));
            }
        }
        Map<DealChange.Kind, Integer> counts = new EnumMap<>(DealChange.Kind.class);
        for (DealChange c : changes) {
            counts.merge(c.kind(), 1, Integer::sum);
        }
        return new SnapshotComparison(earlier, later, changes, counts, later.weighted().minus(earlier.weighted()),
                later.commit().minus(earlier.commit()));
    }

    private static Map<String, ForecastDeal> byId(List<ForecastDeal> deals) {
        Map<String, ForecastDeal> map = new LinkedHashMap<>();
        for (ForecastDeal d : deals) {
            if (map.put(d.dealId(), d) != null) {
                throw new ValidationException("deals", "deal " + d.dealId() + " appears twice in one snapshot");
            }
        }
        return map;
    }

    @Override
    public ForecastAccuracy accuracy(ForecastSnapshot snapshot, Money actual) {
        Preconditions.notNull(snapshot, "snapshot");
        Preconditions.notNull(actual, "actual");
        Money weightedError = snapshot.weighted().minus(actual);
        Money commitError = snapshot.commit().minus(actual);
        Money p50Error = snapshot.p50().minus(actual);
        double a = actual.amount().doubleValue();
        boolean within = actual.compareTo(snapshot.p10()) >= 0 && actual.compareTo(snapshot.p90()) <= 0;
        return new ForecastAccuracy(snapshot, actual, weightedError, commitError, p50Error,
                relative(weightedError, a), relative(commitError, a), relative(p50Error, a), within);
    }

    private static double relative(Money error, double actual) {
        return actual == 0 ? Double.NaN : error.amount().doubleValue() / actual;
    }

    @Override
    public String toString() {
        return "PipelineForecastEngine[slippage observations=" + slippageDays.length + "]";
    }
}
