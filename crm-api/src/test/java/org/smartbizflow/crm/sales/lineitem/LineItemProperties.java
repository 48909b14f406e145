package org.smartbizflow.crm.sales.lineitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Percentage;

/**
 * The arithmetic of line items, for any prices, quantities, discounts and tax rates in
 * currencies of 0, 2 and 3 decimals: every amount is exact at the currency's scale, the
 * parts add up, and totals do not depend on the order of the lines.
 */
class LineItemProperties {

    private static final List<Currency> CURRENCIES = List.of(Currency.getInstance("EUR"), Currency.getInstance("JPY"),
            Currency.getInstance("KWD"));

    @Provide
    Arbitrary<List<LineItem>> linesInOneCurrency() {
        return Arbitraries.of(CURRENCIES).flatMap(currency -> line(currency).list().ofMinSize(1).ofMaxSize(12));
    }

    @Provide
    Arbitrary<LineItem> anyLine() {
        return Arbitraries.of(CURRENCIES).flatMap(this::line);
    }

    private Arbitrary<LineItem> line(Currency currency) {
        int scale = Money.scaleOf(currency);
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000"))
                .ofScale(scale);
        Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("10000"))
                .ofScale(4);
        Arbitrary<Percentage> rate = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(3)
                .map(Percentage::new);
        Arbitrary<Integer> discountKind = Arbitraries.integers().between(0, 2);
        Arbitrary<Double> amountShare = Arbitraries.doubles().between(0, 1);
        return Combinators.combine(price, quantity, rate, rate, discountKind, amountShare)
                .as((unit, qty, discountRate, taxRate, kind, share) -> {
                    Money unitPrice = Money.of(unit, currency);
                    Money gross = unitPrice.times(qty);
                    Discount discount = switch (kind) {
                        case 0 -> Discount.none();
                        case 1 -> Discount.percent(discountRate);
                        default -> Discount.amount(Money.rounded(gross.amount()
                                .multiply(BigDecimal.valueOf(share)).min(gross.amount()), currency));
                    };
                    return new LineItem(LineItemId.of(UUID.randomUUID()), null, "line", qty, unitPrice, discount, taxRate);
                });
    }

    @Property
    void everyAmountIsAtTheCurrencyScaleAndThePartsAddUp(@ForAll("anyLine") LineItem line) {
        int scale = Money.scaleOf(line.currency());
        for (Money amount : List.of(line.gross(), line.discountAmount(), line.net(), line.tax(), line.total())) {
            assertThat(amount.amount().scale()).isEqualTo(scale);
            assertThat(amount.currency()).isEqualTo(line.currency());
        }
        assertThat(line.net()).isEqualTo(line.gross().minus(line.discountAmount()));
        assertThat(line.total()).isEqualTo(line.net().plus(line.tax()));
        assertThat(line.net().isNegative()).isFalse();
        assertThat(line.net().compareTo(line.gross())).isLessThanOrEqualTo(0);
        assertThat(line.tax().compareTo(line.net())).isLessThanOrEqualTo(0);
    }

    @Property
    void grossIsTheExactProductRoundedHalfEvenOnce(@ForAll("anyLine") LineItem line) {
        BigDecimal exact = line.unitPrice().amount().multiply(line.quantity());
        BigDecimal expected = exact.setScale(Money.scaleOf(line.currency()), java.math.RoundingMode.HALF_EVEN);
        assertThat(line.gross().amount()).isEqualByComparingTo(expected);
        assertThat(line.gross().amount().subtract(exact).abs())
                .isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(Money.scaleOf(line.currency())).divide(BigDecimal.valueOf(2)));
    }

    @Property
    void totalsAreTheSumsOfTheLinesWhateverTheirOrder(@ForAll("linesInOneCurrency") List<LineItem> lines,
                                                      @ForAll long seed) {
        Currency currency = lines.get(0).currency();
        LineTotals totals = LineTotals.of(currency, lines);
        List<LineItem> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(LineTotals.of(currency, shuffled)).isEqualTo(totals);
        assertThat(totals.total()).isEqualTo(totals.net().plus(totals.tax()));
        assertThat(totals.net()).isEqualTo(totals.gross().minus(totals.discount()));
        Money sumOfTotals = lines.stream().map(LineItem::total).reduce(Money.zero(currency), Money::plus);
        assertThat(totals.total()).isEqualTo(sumOfTotals);
    }

    @Property
    void noDiscountAndNoTaxLeaveTheGrossAmount(@ForAll("anyLine") LineItem line) {
        LineItem plain = new LineItem(line.id(), null, "plain", line.quantity(), line.unitPrice(), null, null);
        assertThat(plain.net()).isEqualTo(plain.gross());
        assertThat(plain.total()).isEqualTo(plain.gross());
        LineItem free = new LineItem(line.id(), null, "free", line.quantity(), line.unitPrice(),
                Discount.percent(Percentage.of(100)), line.taxRate());
        assertThat(free.net().isZero()).isTrue();
        assertThat(free.total().isZero()).isTrue();
    }

    @Property
    void aLineRefusesAFixedDiscountAboveItsGrossAmount(@ForAll("anyLine") LineItem line) {
        Money tooMuch = line.gross().plus(Money.rounded(BigDecimal.ONE, line.currency()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LineItem(line.id(), null, "x", line.quantity(),
                line.unitPrice(), Discount.amount(tooMuch), null))
                .isInstanceOf(org.smartbizflow.crm.shared.ValidationException.class)
                .hasMessageContaining("discount");
    }
}
