package org.smartbizflow.crm.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.IntRange;

class MoneyProperties {

    private static final List<String> CODES = List.of("EUR", "USD", "GBP", "JPY", "KWD", "CHF");

    @Provide
    Arbitrary<Money> money() {
        return Arbitraries.of(CODES).flatMap(code -> {
            Currency currency = Currency.getInstance(code);
            int scale = Money.scaleOf(currency);
            return Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                    .map(units -> new Money(BigDecimal.valueOf(units, scale), currency));
        });
    }

    @Provide
    Arbitrary<List<Money>> sameCurrencyAmounts() {
        return Arbitraries.of(CODES).flatMap(code -> {
            Currency currency = Currency.getInstance(code);
            int scale = Money.scaleOf(currency);
            return Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                    .map(units -> new Money(BigDecimal.valueOf(units, scale), currency))
                    .list().ofMinSize(1).ofMaxSize(30);
        });
    }

    @Provide
    Arbitrary<Money[]> triple() {
        return Arbitraries.of(CODES).flatMap(code -> {
            Currency currency = Currency.getInstance(code);
            int scale = Money.scaleOf(currency);
            Arbitrary<Money> one = Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                    .map(units -> new Money(BigDecimal.valueOf(units, scale), currency));
            return Combinators.combine(one, one, one).as((a, b, c) -> new Money[] {a, b, c});
        });
    }

    @Property
    void additionIsAssociativeAndCommutativeWithinACurrency(@ForAll("triple") Money[] m) {
        assertThat(m[0].plus(m[1]).plus(m[2])).isEqualTo(m[0].plus(m[1].plus(m[2])));
        assertThat(m[0].plus(m[1])).isEqualTo(m[1].plus(m[0]));
        assertThat(m[0].plus(m[1]).minus(m[1])).isEqualTo(m[0]);
    }

    @Property
    void totalsDoNotDependOnSummationOrder(@ForAll("sameCurrencyAmounts") List<Money> amounts, @ForAll long seed) {
        Money inOrder = amounts.stream().reduce(Money::plus).orElseThrow();
        List<Money> shuffled = new ArrayList<>(amounts);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(shuffled.stream().reduce(Money::plus).orElseThrow()).isEqualTo(inOrder);
    }

    @Property
    void unlikeCurrenciesAreRefused(@ForAll("money") Money a, @ForAll("money") Money b) {
        if (a.currency().equals(b.currency())) {
            assertThat(a.plus(b).currency()).isEqualTo(a.currency());
        } else {
            assertThatThrownBy(() -> a.plus(b)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("currency");
            assertThatThrownBy(() -> a.compareTo(b)).isInstanceOf(ValidationException.class);
        }
    }

    @Property
    void amountsAlwaysCarryTheCurrencyScale(@ForAll("money") Money a, @ForAll @IntRange(min = 0, max = 10_000) int permille) {
        Money scaled = a.times(BigDecimal.valueOf(permille, 3));
        assertThat(scaled.amount().scale()).isEqualTo(Money.scaleOf(a.currency()));
        assertThat(a.amount().scale()).isEqualTo(Money.scaleOf(a.currency()));
    }

    @Property
    void tooManyDecimalsAreRefusedNotRounded(@ForAll @Size(min = 1, max = 1) List<@IntRange(min = 1, max = 9) Integer> digit) {
        assertThatThrownBy(() -> Money.of("10.00" + digit.get(0), "EUR"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> Money.of("10." + digit.get(0), "JPY"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("JPY");
    }

    @Property
    void roundingIsHalfEven(@ForAll @IntRange(min = 0, max = 1000) int cents) {
        Money m = Money.rounded(new BigDecimal(cents + ".005"), Currency.getInstance("EUR"));
        BigDecimal expected = new BigDecimal(cents + ".005").setScale(2, java.math.RoundingMode.HALF_EVEN);
        assertThat(m.amount()).isEqualTo(expected);
    }
}
