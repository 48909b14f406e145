package org.smartbizflow.crm.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.smartbizflow.crm.forecast.DistributionMethod;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.forecast.ForecastDeal;
import org.smartbizflow.crm.forecast.ForecastRequest;
import org.smartbizflow.crm.forecast.OutcomeDistribution;
import org.smartbizflow.crm.forecast.ForecastScope;
import org.smartbizflow.crm.forecast.PipelineForecast;
import org.smartbizflow.crm.forecast.Quota;
import org.smartbizflow.crm.forecast.QuotaProjection;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.UserId;

class DistributionProperties {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final DateRange Q1 = DateRange.quarter(2027, 1);
    private final PipelineForecastEngine engine = PipelineForecastEngine.create();

    @Provide
    Arbitrary<List<ForecastDeal>> deals() {
        Arbitrary<ForecastDeal> deal = Combinators.combine(
                Arbitraries.longs().between(1, 10_000_000),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 120),
                Arbitraries.of(ForecastCategory.class),
                Arbitraries.of("ada", "bob", "cy")).as((cents, p, day, category, owner) -> {
                    Money amount = Money.of(BigDecimal.valueOf(cents, 2), EUR);
                    LocalDate close = LocalDate.parse("2027-01-01").plusDays(day);
                    return category == ForecastCategory.CLOSED
                            ? ForecastDeal.won("x", amount, close, UserId.of(owner))
                            : ForecastDeal.open("x", amount, p, close, category, UserId.of(owner));
                });
        return deal.list().ofMinSize(1).ofMaxSize(40).map(list -> {
            List<ForecastDeal> unique = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                ForecastDeal d = list.get(i);
                unique.add(new ForecastDeal("d" + i, d.amount(), d.winProbability(), d.expectedClose(), d.category(),
                        d.owner(), null, null, null, null));
            }
            return unique;
        });
    }

    @Property(tries = 200)
    void rollUpsAreCumulativeAndQuantilesOrdered(@ForAll("deals") List<ForecastDeal> deals,
                                                 @ForAll @DoubleRange(min = 0, max = 1) double p,
                                                 @ForAll @DoubleRange(min = 0, max = 1) double q) {
        PipelineForecast f = engine.forecast(ForecastRequest.of(Q1, EUR, deals));
        assertThat(f.closed()).isLessThanOrEqualTo(f.commit());
        assertThat(f.commit()).isLessThanOrEqualTo(f.bestCase());
        assertThat(f.bestCase()).isLessThanOrEqualTo(f.pipeline());
        assertThat(f.p10()).isLessThanOrEqualTo(f.p50());
        assertThat(f.p50()).isLessThanOrEqualTo(f.p90());
        assertThat(f.quantile(Math.min(p, q))).isLessThanOrEqualTo(f.quantile(Math.max(p, q)));
        assertThat(f.quantile(0)).isGreaterThanOrEqualTo(f.closed());
        assertThat(f.quantile(1)).isLessThanOrEqualTo(f.pipeline().plus(Money.of("0.01", "EUR").times(deals.size())));
        // The mean is summed in doubles, the weighted figure in BigDecimal: both round to the cent.
        assertThat(f.distribution().mean().minus(f.weighted()).amount().abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
    }

    @Property(tries = 60)
    void exactAndMonteCarloAgree(@ForAll("deals") List<ForecastDeal> deals, @ForAll @IntRange(min = 1, max = 1000) int seed,
                                 @ForAll @DoubleRange(min = 0, max = 1) double targetShare) {
        ForecastRequest request = ForecastRequest.of(Q1, EUR, deals);
        PipelineForecast exact = engine.forecast(request.withMethod(new DistributionMethod.Exact(65_536)));
        PipelineForecast mc = engine.forecast(request.withMethod(DistributionMethod.monteCarlo(20_000, seed)));
        BigDecimal total = exact.pipeline().amount();
        // Mass splitting moves each won deal by less than one cell, and with 65,536 cells over at most 16
        // standard deviations (each at most half the total), rounded up to a multiple of the amounts' common
        // divisor, a cell is at most total / 4096: every outcome moves by less than n * total / 4096.
        // Sampling error on probabilities is below 0.02 at 20,000 trials with overwhelming probability.
        Money tolerance = Money.rounded(total.multiply(BigDecimal.valueOf(deals.size() / 4096.0 + 0.0001)), EUR);
        for (double p : new double[] {0.1, 0.5, 0.9}) {
            assertThat(exact.quantile(p)).isGreaterThanOrEqualTo(mc.quantile(Math.max(0, p - 0.02)).minus(tolerance));
            assertThat(exact.quantile(p)).isLessThanOrEqualTo(mc.quantile(Math.min(1, p + 0.02)).plus(tolerance));
        }
        Money target = Money.rounded(total.multiply(BigDecimal.valueOf(targetShare)), EUR);
        double simulated = mc.probabilityOfReaching(target);
        assertThat(simulated).isLessThanOrEqualTo(exact.probabilityOfReaching(target.minus(tolerance)) + 0.02);
        assertThat(simulated).isGreaterThanOrEqualTo(exact.probabilityOfReaching(target.plus(tolerance)) - 0.02);
    }

    @Property(tries = 100)
    void quotaAttainmentIsOrderedAndMatchesTheOwnersForecast(@ForAll("deals") List<ForecastDeal> deals,
                                                             @ForAll @IntRange(min = 1, max = 5_000_000) int quotaCents) {
        Money quota = Money.of(BigDecimal.valueOf(quotaCents, 2), EUR);
        ForecastRequest request = ForecastRequest.of(Q1, EUR, deals);
        QuotaProjection projection = engine.projectQuotas(request, List.of(Quota.forOwner("ada", Q1, quota))).get(0);
        PipelineForecast ada = engine.forecastBy(ForecastScope.OWNER, request).get("ada");
        assertThat(projection.p10Attainment()).isLessThanOrEqualTo(projection.p50Attainment());
        assertThat(projection.p50Attainment()).isLessThanOrEqualTo(projection.p90Attainment());
        assertThat(projection.probabilityOfQuota()).isBetween(0.0, 1.0);
        if (ada != null) {
            assertThat(projection.probabilityOfQuota()).isEqualTo(ada.probabilityOfReaching(quota));
            assertThat(projection.closedToDate()).isEqualTo(ada.closed());
        } else {
            assertThat(projection.probabilityOfQuota()).isZero();
        }
    }

    @Property(tries = 100)
    void exactEqualsEnumerationForFewRoundDeals(@ForAll("fewDeals") List<long[]> raw,
                                                @ForAll @IntRange(min = 0, max = 60) int targetHundreds) {
        int n = raw.size();
        long[] amounts = new long[n];
        double[] probabilities = new double[n];
        for (int i = 0; i < n; i++) {
            amounts[i] = raw.get(i)[0] * 100_00;
            probabilities[i] = raw.get(i)[1] / 100.0;
        }
        OutcomeDistribution d = PipelineDistributions.exact(EUR, 0, amounts, probabilities, 64);
        long target = targetHundreds * 100_00L;
        double enumerated = 0;
        for (int mask = 0; mask < 1 << n; mask++) {
            double prob = 1;
            long sum = 0;
            for (int i = 0; i < n; i++) {
                boolean won = (mask & (1 << i)) != 0;
                prob *= won ? probabilities[i] : 1 - probabilities[i];
                sum += won ? amounts[i] : 0;
            }
            if (sum >= target) {
                enumerated += prob;
            }
        }
        assertThat(d.probabilityOfReaching(Money.of(BigDecimal.valueOf(target, 2), EUR))).isCloseTo(enumerated, within(1e-9));
    }

    @Provide
    Arbitrary<List<long[]>> fewDeals() {
        return Combinators.combine(Arbitraries.longs().between(1, 9), Arbitraries.longs().between(0, 100))
                .as((a, p) -> new long[] {a, p}).list().ofMinSize(1).ofMaxSize(8);
    }
}
