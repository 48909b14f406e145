package org.smartbizflow.crm.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.forecast.DealChange;
import org.smartbizflow.crm.forecast.DealHistory;
import org.smartbizflow.crm.forecast.DealOutcome;
import org.smartbizflow.crm.forecast.DistributionMethod;
import org.smartbizflow.crm.forecast.ForecastAccuracy;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.forecast.ForecastDeal;
import org.smartbizflow.crm.forecast.ForecastRequest;
import org.smartbizflow.crm.forecast.ForecastScope;
import org.smartbizflow.crm.forecast.ForecastSnapshot;
import org.smartbizflow.crm.forecast.PipelineForecast;
import org.smartbizflow.crm.forecast.Quota;
import org.smartbizflow.crm.forecast.QuotaProjection;
import org.smartbizflow.crm.forecast.SnapshotComparison;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.port.out.IdGenerator;

class PipelineForecastTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final DateRange Q1 = DateRange.quarter(2027, 1);
    private static final UserId ADA = UserId.of("ada");
    private static final UserId BOB = UserId.of("bob");

    private final PipelineForecastEngine engine = PipelineForecastEngine.create();

    private static ForecastDeal deal(String id, String amount, double p, String close, ForecastCategory c, UserId owner) {
        return ForecastDeal.open(id, Money.of(amount, "EUR"), p, LocalDate.parse(close), c, owner);
    }

    private static List<ForecastDeal> deals() {
        return List.of(
                ForecastDeal.won("w1", Money.of("10000.00", "EUR"), LocalDate.parse("2027-01-15"), ADA).withTeam("north"),
                deal("c1", "20000.00", 0.9, "2027-02-10", ForecastCategory.COMMIT, ADA).withTeam("north"),
                deal("b1", "30000.00", 0.5, "2027-03-01", ForecastCategory.BEST_CASE, BOB).withTeam("south"),
                deal("p1", "40000.00", 0.2, "2027-03-20", ForecastCategory.PIPELINE, BOB).withTeam("south"),
                deal("o1", "99999.00", 0.1, "2027-03-20", ForecastCategory.OMITTED, BOB),
                deal("later", "50000.00", 0.5, "2027-04-02", ForecastCategory.COMMIT, ADA));
    }

    @Test
    void rollUpsAreCumulativeAndWeightedIsClosedPlusAmountTimesProbability() {
        PipelineForecast f = engine.forecast(ForecastRequest.of(Q1, EUR, deals()));
        assertThat(f.closed()).isEqualTo(Money.of("10000.00", "EUR"));
        assertThat(f.commit()).isEqualTo(Money.of("30000.00", "EUR"));
        assertThat(f.bestCase()).isEqualTo(Money.of("60000.00", "EUR"));
        assertThat(f.pipeline()).isEqualTo(Money.of("100000.00", "EUR"));
        // 10000 + 18000 + 15000 + 8000
        assertThat(f.weighted()).isEqualTo(Money.of("51000.00", "EUR"));
        assertThat(f.dealCount()).isEqualTo(4);
        assertThat(f.distribution().mean()).isEqualTo(Money.of("51000.00", "EUR"));
    }

    @Test
    void exactDistributionMatchesHandEnumerationOfThreeDeals() {
        PipelineForecast f = engine.forecast(ForecastRequest.of(Q1, EUR, deals()));
        // Outcomes above the 10000 won: 20000 (p .9), 30000 (p .5), 40000 (p .2).
        // P(total >= 60000) = P(open >= 50000): {20,30} .9*.5*.8=.36, {20,40} .9*.5*.2=.09,
        // {30,40} .1*.5*.2=.01, {20,30,40} .9*.5*.2=.09, {40,...}: {40} alone 40000 < 50000.
        assertThat(f.probabilityOfReaching(Money.of("60000.00", "EUR"))).isCloseTo(0.55, within(1e-9));
        assertThat(f.probabilityOfReaching(Money.of("10000.00", "EUR"))).isCloseTo(1.0, within(1e-12));
        assertThat(f.probabilityOfReaching(Money.of("100000.01", "EUR"))).isZero();
        // Cumulative: 0 .04, 20000 .40, 30000 .44, 40000 .45, 50000 .81, 60000 .90, 70000 .91, 90000 1.
        assertThat(f.p10()).isEqualTo(Money.of("30000.00", "EUR"));
        assertThat(f.p50()).isEqualTo(Money.of("60000.00", "EUR"));
        assertThat(f.p90()).isEqualTo(Money.of("70000.00", "EUR"));
    }

    @Test
    void forecastsPerOwnerAndTeamAddUpToTheTenant() {
        ForecastRequest request = ForecastRequest.of(Q1, EUR, deals());
        Map<String, PipelineForecast> byOwner = engine.forecastBy(ForecastScope.OWNER, request);
        Map<String, PipelineForecast> byTeam = engine.forecastBy(ForecastScope.TEAM, request);
        assertThat(byOwner).containsOnlyKeys("ada", "bob");
        assertThat(byTeam).containsOnlyKeys("north", "south", "(none)");
        Money tenantWeighted = engine.forecast(request).weighted();
        assertThat(byOwner.values().stream().map(PipelineForecast::weighted).reduce(Money.zero(EUR), Money::plus))
                .isEqualTo(tenantWeighted);
        assertThat(byTeam.values().stream().map(PipelineForecast::bestCase).reduce(Money.zero(EUR), Money::plus))
                .isEqualTo(Money.of("60000.00", "EUR"));
    }

    @Test
    void refusesMixedCurrenciesWithoutRatesAndConvertsWithThem() {
        List<ForecastDeal> mixed = List.of(deal("eur", "100.00", 0.5, "2027-01-10", ForecastCategory.COMMIT, ADA),
                ForecastDeal.open("usd", Money.of("200.00", "USD"), 0.5, LocalDate.parse("2027-01-10"),
                        ForecastCategory.COMMIT, ADA));
        assertThatThrownBy(() -> engine.forecast(ForecastRequest.of(Q1, EUR, mixed)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("deals[1].amount")
                .hasMessageContaining("USD");
        PipelineForecast f = engine.forecast(ForecastRequest.of(Q1, EUR, mixed)
                .withRates((m, to) -> Money.rounded(m.amount().multiply(new BigDecimal("0.5")), to)));
        assertThat(f.commit()).isEqualTo(Money.of("200.00", "EUR"));
    }

    @Test
    void monteCarloIsReproducibleWithTheSameSeed() {
        ForecastRequest request = ForecastRequest.of(Q1, EUR, deals()).withMethod(DistributionMethod.monteCarlo(5000, 7));
        PipelineForecast a = engine.forecast(request);
        PipelineForecast b = engine.forecast(request);
        assertThat(a.p10()).isEqualTo(b.p10());
        assertThat(a.probabilityOfReaching(Money.of("60000.00", "EUR")))
                .isEqualTo(b.probabilityOfReaching(Money.of("60000.00", "EUR")));
        assertThat(a.probabilityOfReaching(Money.of("60000.00", "EUR"))).isCloseTo(0.55, within(0.03));
    }

    @Test
    void slippageMovesDealsOutOfThePeriod() {
        List<DealHistory> history = List.of(new DealHistory("h1", "default", null, Money.of("1.00", "EUR"), List.of("a"),
                DealOutcome.WON, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-02")));
        PipelineForecastEngine slipping = PipelineForecastEngine.withSlippageHistory(history);
        ForecastRequest request = ForecastRequest.of(Q1, EUR, deals())
                .withMethod(new DistributionMethod.MonteCarlo(2000, 3, true));
        PipelineForecast f = slipping.forecast(request);
        // Every win slips 60 days, which carries every open deal of Q1 (latest Feb 10 + 60 = Apr 11) past
        // March 31, while the deal expected on Apr 2 slips further out: only the 10000 already won remains.
        assertThat(f.p90()).isEqualTo(Money.of("10000.00", "EUR"));
        assertThatThrownBy(() -> engine.forecast(request)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("slippage");
    }

    @Test
    void slippageCanPullADealFromBeforeThePeriodIn() {
        List<DealHistory> history = List.of(new DealHistory("h1", "default", null, Money.of("1.00", "EUR"), List.of("a"),
                DealOutcome.WON, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31")));
        ForecastDeal overdue = deal("overdue", "1000.00", 1.0 - 1e-12, "2026-12-20", ForecastCategory.COMMIT, ADA);
        PipelineForecast f = PipelineForecastEngine.withSlippageHistory(history).forecast(
                ForecastRequest.of(Q1, EUR, List.of(overdue)).withMethod(new DistributionMethod.MonteCarlo(1000, 1, true)));
        assertThat(f.p50()).isEqualTo(Money.of("1000.00", "EUR"));
    }

    @Test
    void quotaProjectionReportsAttainmentAndProbability() {
        List<QuotaProjection> projections = engine.projectQuotas(ForecastRequest.of(Q1, EUR, deals()),
                List.of(Quota.forOwner("ada", Q1, Money.of("25000.00", "EUR")),
                        Quota.forOwner("bob", Q1, Money.of("50000.00", "EUR"))));
        QuotaProjection ada = projections.get(0);
        assertThat(ada.closedToDate()).isEqualTo(Money.of("10000.00", "EUR"));
        assertThat(ada.probabilityOfQuota()).isCloseTo(0.9, within(1e-9));
        assertThat(ada.p10Attainment()).isCloseTo(0.4, within(1e-9));
        assertThat(ada.p50Attainment()).isCloseTo(1.2, within(1e-9));
        QuotaProjection bob = projections.get(1);
        assertThat(bob.probabilityOfQuota()).isCloseTo(0.5 * 0.2, within(1e-9));
        assertThat(bob.closedToDate()).isEqualTo(Money.zero(EUR));
    }

    @Test
    void snapshotsShowWhatChangedAndHowAccurateTheyWere() {
        InMemoryForecastSnapshotRepository repository = new InMemoryForecastSnapshotRepository();
        ForecastSnapshots snapshots = new ForecastSnapshots(repository, engine,
                IdGenerator.timeOrdered(Clock.fixed(Instant.parse("2027-01-05T08:00:00Z"), ZoneOffset.UTC)));
        TenantId acme = TenantId.of("acme");
        ForecastSnapshot week1 = snapshots.capture(acme, LocalDate.parse("2027-01-05"), ForecastRequest.of(Q1, EUR, deals()));
        List<ForecastDeal> week2Deals = List.of(
                ForecastDeal.won("w1", Money.of("10000.00", "EUR"), LocalDate.parse("2027-01-15"), ADA).withTeam("north"),
                ForecastDeal.won("c1", Money.of("20000.00", "EUR"), LocalDate.parse("2027-01-20"), ADA).withTeam("north"),
                deal("b1", "35000.00", 0.5, "2027-04-10", ForecastCategory.BEST_CASE, BOB).withTeam("south"),
                deal("n1", "5000.00", 0.3, "2027-03-10", ForecastCategory.PIPELINE, BOB),
                deal("o1", "99999.00", 0.1, "2027-03-20", ForecastCategory.OMITTED, BOB),
                deal("later", "50000.00", 0.5, "2027-04-02", ForecastCategory.COMMIT, ADA));
        ForecastSnapshot week2 = snapshots.capture(acme, LocalDate.parse("2027-01-12"),
                ForecastRequest.of(Q1, EUR, week2Deals));
        SnapshotComparison cmp = snapshots.changesBetween(acme, Q1, ForecastScope.TENANT, "tenant",
                LocalDate.parse("2027-01-06"), LocalDate.parse("2027-01-31")).orElseThrow();
        assertThat(cmp.earlier().id()).isEqualTo(week1.id());
        assertThat(cmp.later().id()).isEqualTo(week2.id());
        assertThat(cmp.count(DealChange.Kind.WON)).isEqualTo(1);
        assertThat(cmp.count(DealChange.Kind.NEW)).isEqualTo(1);
        assertThat(cmp.count(DealChange.Kind.LOST)).isEqualTo(1);
        assertThat(cmp.count(DealChange.Kind.PUSHED)).isEqualTo(1);
        assertThat(cmp.count(DealChange.Kind.PULLED_IN)).isEqualTo(1);
        assertThat(cmp.count(DealChange.Kind.AMOUNT_CHANGED)).isEqualTo(1);
        assertThat(cmp.changes()).extracting(DealChange::dealId).contains("c1", "n1", "p1", "b1");
        assertThat(cmp.commitChange()).isEqualTo(week2.commit().minus(week1.commit()));

        List<ForecastAccuracy> accuracy = snapshots.accuracyOfPeriod(acme, Q1, Money.of("45000.00", "EUR"));
        assertThat(accuracy).hasSize(2);
        ForecastAccuracy first = accuracy.get(0);
        assertThat(first.weightedError()).isEqualTo(Money.of("6000.00", "EUR"));
        assertThat(first.weightedRelativeError()).isCloseTo(6000.0 / 45000, within(1e-12));
        assertThat(first.withinP10P90()).isTrue();
        assertThat(snapshots.changesBetween(TenantId.of("other"), Q1, ForecastScope.TENANT, "tenant",
                LocalDate.parse("2027-01-06"), LocalDate.parse("2027-01-31"))).isEmpty();
        List<ForecastSnapshot> perOwner = snapshots.captureBy(acme, LocalDate.parse("2027-01-19"), ForecastScope.OWNER,
                ForecastRequest.of(Q1, EUR, week2Deals));
        assertThat(perOwner).extracting(ForecastSnapshot::scopeKey).containsExactly("ada", "bob");
        assertThat(perOwner.get(0).deals()).extracting(ForecastDeal::dealId).containsExactlyInAnyOrder("w1", "c1", "later");
    }

    @Test
    void dealsRefuseBrokenInput() {
        assertThatThrownBy(() -> deal("x", "1.00", 1.5, "2027-01-01", ForecastCategory.COMMIT, ADA))
                .isInstanceOf(ValidationException.class).hasMessageContaining("winProbability");
        assertThatThrownBy(() -> deal("x", "-1.00", 0.5, "2027-01-01", ForecastCategory.COMMIT, ADA))
                .isInstanceOf(ValidationException.class).hasMessageContaining("amount");
    }
}
