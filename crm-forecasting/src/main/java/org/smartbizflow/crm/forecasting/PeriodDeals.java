package org.smartbizflow.crm.forecasting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.forecast.ForecastDeal;
import org.smartbizflow.crm.forecast.ForecastRequest;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * The deals of a request brought into the corporate currency and split into what the
 * forecast needs: the won ones in the period (certain) and the open ones, as primitive arrays.
 * With {@code includeAllOpen} every open deal is kept (slippage may move it into the period).
 */
final class PeriodDeals {

    final Currency currency;
    final DateRange period;
    final List<ForecastDeal> counted = new ArrayList<>();
    long closedMinor;
    long commitMinor;
    long bestCaseMinor;
    long pipelineMinor;
    BigDecimal weightedOpen = BigDecimal.ZERO;
    long[] openAmounts;
    double[] openProbabilities;
    long[] openCloseDays;

    private PeriodDeals(Currency currency, DateRange period) {
        this.currency = currency;
        this.period = period;
    }

    /** Converts every deal of the request to the corporate currency, refusing foreign ones without rates. */
    static List<ForecastDeal> converted(ForecastRequest request) {
        List<ForecastDeal> out = new ArrayList<>(request.deals().size());
        Currency target = request.currency();
        for (int i = 0; i < request.deals().size(); i++) {
            ForecastDeal deal = request.deals().get(i);
            Money amount = deal.amount();
            if (!amount.currency().equals(target)) {
                if (request.rates() == null) {
                    throw new ValidationException("deals[" + i + "].amount", "deal " + deal.dealId() + " is in "
                            + amount.currency().getCurrencyCode() + " but the forecast is in " + target.getCurrencyCode()
                            + "; pass exchange rates or convert the amounts first");
                }
                Money convertedAmount = request.rates().convert(amount, target);
                if (convertedAmount == null || !convertedAmount.currency().equals(target)) {
                    throw new ValidationException("rates", "did not convert " + amount + " into " + target.getCurrencyCode());
                }
                deal = deal.withAmount(convertedAmount);
            }
            out.add(deal);
        }
        return out;
    }

    static PeriodDeals of(Currency currency, DateRange period, List<ForecastDeal> deals, boolean includeAllOpen) {
        PeriodDeals p = new PeriodDeals(currency, period);
        List<ForecastDeal> open = new ArrayList<>();
        for (ForecastDeal deal : deals) {
            if (deal.category() == ForecastCategory.OMITTED) {
                continue;
            }
            boolean inPeriod = period.contains(deal.expectedClose());
            long minor = MinorUnits.of(deal.amount(), currency);
            if (deal.isClosedWon()) {
                if (inPeriod) {
                    p.counted.add(deal);
                    p.closedMinor += minor;
                }
                continue;
            }
            if (inPeriod) {
                p.counted.add(deal);
                switch (deal.category()) {
                    case COMMIT -> p.commitMinor += minor;
                    case BEST_CASE -> p.bestCaseMinor += minor;
                    default -> p.pipelineMinor += minor;
                }
                p.weightedOpen = p.weightedOpen.add(deal.amount().amount().multiply(BigDecimal.valueOf(deal.winProbability())));
            }
            if (inPeriod || includeAllOpen) {
                open.add(deal);
            }
        }
        int n = open.size();
        p.openAmounts = new long[n];
        p.openProbabilities = new double[n];
        p.openCloseDays = new long[n];
        for (int i = 0; i < n; i++) {
            ForecastDeal d = open.get(i);
            p.openAmounts[i] = MinorUnits.of(d.amount(), currency);
            p.openProbabilities[i] = d.winProbability();
            p.openCloseDays[i] = d.expectedClose().toEpochDay();
        }
        return p;
    }

    Money money(long minor) {
        return Money.of(BigDecimal.valueOf(minor).movePointLeft(Money.scaleOf(currency)), currency);
    }
}
