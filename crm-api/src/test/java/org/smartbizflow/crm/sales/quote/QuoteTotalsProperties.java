package org.smartbizflow.crm.sales.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.smartbizflow.crm.sales.lineitem.LineTotals;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.port.out.DatedExchangeRates;

class QuoteTotalsProperties {

    private static final List<String> CODES = List.of("EUR", "USD", "JPY", "KWD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final DatedExchangeRates RATES = new DatedExchangeRates()
            .add("USD", "EUR", LocalDate.of(2026, 1, 1), "0.912345")
            .add("USD", "EUR", LocalDate.of(2026, 2, 15), "0.93")
            .add("JPY", "EUR", LocalDate.of(2026, 1, 1), "0.0061237")
            .add("KWD", "EUR", LocalDate.of(2026, 1, 1), "2.98765");

    /** A quote as the totals see it: its net and tax in its own currency, and its date. */
    record DatedQuote(LineTotals totals, LocalDate ratedOn) {
    }

    @Provide
    Arbitrary<List<DatedQuote>> quotes() {
        Arbitrary<LineTotals> totals = Arbitraries.of(CODES).flatMap(code -> {
            Currency currency = Currency.getInstance(code);
            int scale = Money.scaleOf(currency);
            Arbitrary<Money> amounts = Arbitraries.longs().between(0, 10_000_000_000L)
                    .map(units -> new Money(BigDecimal.valueOf(units, scale), currency));
            return Combinators.combine(amounts, amounts).as((net, tax) ->
                    new LineTotals(net, Money.zero(currency), net, tax, net.plus(tax)));
        });
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 80).map(d -> LocalDate.of(2026, 1, 1).plusDays(d));
        return Combinators.combine(totals, dates).as(DatedQuote::new).list().ofMinSize(0).ofMaxSize(60);
    }

    private static QuoteTotals totals(List<DatedQuote> quotes) {
        QuoteTotals totals = new QuoteTotals();
        quotes.forEach(q -> totals.add(q.totals(), q.ratedOn()));
        return totals;
    }

    @Property
    void totalsDoNotDependOnTheOrderQuotesAreAdded(@ForAll("quotes") List<DatedQuote> quotes, @ForAll long seed) {
        List<DatedQuote> shuffled = new ArrayList<>(quotes);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(totals(shuffled).convert(EUR, RATES)).isEqualTo(totals(quotes).convert(EUR, RATES));
    }

    @Property
    void convertingThenSummingEqualsSummingPerCurrencyAndDateThenConvertingEachSumOnce(
            @ForAll("quotes") List<DatedQuote> quotes) {
        // the explicit way a host would do it: exact sums per currency and day, each converted by the port
        Map<List<Object>, Money[]> sums = new LinkedHashMap<>();
        for (DatedQuote q : quotes) {
            Money[] sum = sums.computeIfAbsent(List.of(q.totals().net().currency(), q.ratedOn()),
                    k -> new Money[] {Money.zero(q.totals().net().currency()), Money.zero(q.totals().net().currency())});
            sum[0] = sum[0].plus(q.totals().net());
            sum[1] = sum[1].plus(q.totals().total());
        }
        Money net = Money.zero(EUR);
        Money total = Money.zero(EUR);
        for (Map.Entry<List<Object>, Money[]> entry : sums.entrySet()) {
            LocalDate on = (LocalDate) entry.getKey().get(1);
            net = net.plus(RATES.convert(entry.getValue()[0], EUR, on));
            total = total.plus(RATES.convert(entry.getValue()[1], EUR, on));
        }

        assertThat(totals(quotes).convert(EUR, RATES)).isEqualTo(new QuoteTotals.Converted(quotes.size(), net, total));
    }

    @Property
    void splittingIntoPagesAndMergingGivesTheSameTotals(@ForAll("quotes") List<DatedQuote> quotes,
                                                         @ForAll("pageSizes") int pageSize) {
        QuoteTotals merged = new QuoteTotals();
        for (int from = 0; from < quotes.size(); from += pageSize) {
            merged.addAll(totals(quotes.subList(from, Math.min(quotes.size(), from + pageSize))));
        }

        assertThat(merged.convert(EUR, RATES)).isEqualTo(totals(quotes).convert(EUR, RATES));
    }

    @Provide
    Arbitrary<Integer> pageSizes() {
        return Arbitraries.integers().between(1, 10);
    }

    @Property
    void sameCurrencyTotalsAreTheExactSumAndCarryTheTargetScale(@ForAll("quotes") List<DatedQuote> quotes) {
        List<DatedQuote> euros = quotes.stream().filter(q -> q.totals().net().currency().equals(EUR)).toList();
        Money exact = euros.stream().map(q -> q.totals().net()).reduce(Money.zero(EUR), Money::plus);

        QuoteTotals.Converted converted = totals(euros).convert(EUR, RATES);
        assertThat(converted.net()).isEqualTo(exact);
        assertThat(totals(quotes).convert(EUR, RATES).total().amount().scale()).isEqualTo(2);
        assertThat(converted.net().compareTo(converted.total())).isLessThanOrEqualTo(0);
    }

    @Property(tries = 20)
    void aMissingRateIsRefusedNamingThePairAndDay(@ForAll("quotes") List<DatedQuote> quotes) {
        Currency gbp = Currency.getInstance("GBP");
        QuoteTotals totals = totals(quotes).add(new LineTotals(Money.of("1.00", "GBP"), Money.zero(gbp),
                Money.of("1.00", "GBP"), Money.zero(gbp), Money.of("1.00", "GBP")), LocalDate.of(2026, 3, 2));

        assertThatThrownBy(() -> totals.convert(EUR, RATES))
                .isInstanceOf(ValidationException.class).hasMessageContaining("GBP->EUR on 2026-03-02");
    }
}
