package org.smartbizflow.crm.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.port.out.DatedExchangeRates;

class AmountTotalsProperties {

    private static final List<String> CODES = List.of("EUR", "USD", "JPY", "KWD");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final DatedExchangeRates RATES = new DatedExchangeRates()
            .add("USD", "EUR", LocalDate.of(2026, 1, 1), "0.912345")
            .add("USD", "EUR", LocalDate.of(2026, 2, 15), "0.93")
            .add("JPY", "EUR", LocalDate.of(2026, 1, 1), "0.0061237")
            .add("KWD", "EUR", LocalDate.of(2026, 1, 1), "2.98765");

    /** A deal: amount, probability in percent, close date when closed (null when open). */
    record Deal(Money amount, BigDecimal probability, LocalDate closedOn) {
    }

    @Provide
    Arbitrary<List<Deal>> deals() {
        Arbitrary<Money> amounts = Arbitraries.of(CODES).flatMap(code -> {
            Currency currency = Currency.getInstance(code);
            return Arbitraries.longs().between(0, 10_000_000_000L)
                    .map(units -> new Money(BigDecimal.valueOf(units, Money.scaleOf(currency)), currency));
        });
        Arbitrary<BigDecimal> probabilities = Arbitraries.integers().between(0, 1000).map(p -> BigDecimal.valueOf(p, 1));
        Arbitrary<LocalDate> closed = Arbitraries.integers().between(0, 80)
                .map(d -> LocalDate.of(2026, 1, 1).plusDays(d)).injectNull(0.5);
        return Combinators.combine(amounts.injectNull(0.05), probabilities, closed).as(Deal::new)
                .list().ofMinSize(0).ofMaxSize(60);
    }

    private static AmountTotals.Converted total(List<Deal> deals) {
        AmountTotals totals = new AmountTotals();
        deals.forEach(d -> totals.add(d.amount(), d.probability(), d.closedOn()));
        return totals.convert(Currency.getInstance("EUR"), RATES, TODAY);
    }

    @Property
    void totalsDoNotDependOnTheOrderDealsAreAdded(@ForAll("deals") List<Deal> deals, @ForAll long seed) {
        List<Deal> shuffled = new ArrayList<>(deals);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(total(shuffled)).isEqualTo(total(deals));
    }

    @Property
    void splittingIntoGroupsAndMergingGivesTheSameTotals(@ForAll("deals") List<Deal> deals) {
        AmountTotals whole = new AmountTotals();
        deals.forEach(d -> whole.add(d.amount(), d.probability(), d.closedOn()));
        AmountTotals merged = new AmountTotals();
        for (Deal d : deals) {
            // the store's groups: one row per deal here, summed the way the adapters do
            merged.add(new AmountGroup("k", null, d.amount() == null ? null : d.amount().currency(), d.closedOn(), 1,
                    d.amount() == null ? null : d.amount().amount(),
                    d.amount() == null ? null : d.amount().amount().multiply(d.probability())));
        }
        Currency eur = Currency.getInstance("EUR");
        assertThat(merged.convert(eur, RATES, TODAY)).isEqualTo(whole.convert(eur, RATES, TODAY));
    }

    @Property
    void convertedTotalsCarryTheTargetScaleAndWeightedNeverExceedsTotal(@ForAll("deals") List<Deal> deals) {
        AmountTotals.Converted converted = total(deals);

        assertThat(converted.total().amount().scale()).isEqualTo(2);
        assertThat(converted.weighted().compareTo(converted.total())).isLessThanOrEqualTo(0);
        assertThat(converted.count()).isEqualTo(deals.size());
    }

    @Property
    void sameCurrencyTotalsAreTheExactSum(@ForAll("deals") List<Deal> deals) {
        List<Deal> euros = deals.stream().filter(d -> d.amount() != null
                && d.amount().currency().getCurrencyCode().equals("EUR")).toList();
        Money exact = euros.stream().map(Deal::amount).reduce(Money.zero("EUR"), Money::plus);

        assertThat(total(euros).total()).isEqualTo(exact);
    }

    @Property(tries = 20)
    void aMissingRateIsRefusedNamingThePairAndDay(@ForAll("deals") List<Deal> deals) {
        AmountTotals totals = new AmountTotals().add(Money.of("1.00", "GBP"), BigDecimal.TEN, null);
        deals.forEach(d -> totals.add(d.amount(), d.probability(), d.closedOn()));

        assertThatThrownBy(() -> totals.convert(Currency.getInstance("EUR"), RATES, TODAY))
                .isInstanceOf(ValidationException.class).hasMessageContaining("GBP->EUR on 2026-03-02");
    }
}
