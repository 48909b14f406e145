package org.smartbizflow.crm.shared.port.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A table of rates, each valid from its date until the next rate of the same pair: enough for
 * tests, demos and hosts that load their rates at start-up. Only the rates given are known
 * (no inverse or cross rates are derived, which would round).
 */
public final class DatedExchangeRates implements ExchangeRates {

    private final Map<String, NavigableMap<LocalDate, BigDecimal>> rates = new ConcurrentHashMap<>();

    /** Adds a rate: one unit of {@code from} buys {@code rate} units of {@code to} from that day on. */
    public DatedExchangeRates add(String from, String to, LocalDate validFrom, String rate) {
        return add(Money.currency(from), Money.currency(to), validFrom, new BigDecimal(rate));
    }

    public DatedExchangeRates add(Currency from, Currency to, LocalDate validFrom, BigDecimal rate) {
        Preconditions.notNull(validFrom, "validFrom");
        Preconditions.notNull(rate, "rate");
        Preconditions.check(rate.signum() > 0, "rate", "must be positive");
        rates.computeIfAbsent(key(from, to), k -> new java.util.concurrent.ConcurrentSkipListMap<>())
                .put(validFrom, rate);
        return this;
    }

    @Override
    public Optional<BigDecimal> rate(Currency from, Currency to, LocalDate on) {
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        NavigableMap<LocalDate, BigDecimal> pair = rates.getOrDefault(key(from, to), new TreeMap<>());
        Map.Entry<LocalDate, BigDecimal> entry = pair.floorEntry(on);
        return entry == null ? Optional.empty() : Optional.of(entry.getValue());
    }

    private static String key(Currency from, Currency to) {
        return from.getCurrencyCode() + "/" + to.getCurrencyCode();
    }
}
