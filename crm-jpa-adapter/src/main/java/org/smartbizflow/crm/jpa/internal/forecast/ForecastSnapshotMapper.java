package org.smartbizflow.crm.jpa.internal.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.forecast.ForecastDeal;
import org.smartbizflow.crm.forecast.ForecastScope;
import org.smartbizflow.crm.forecast.ForecastSnapshot;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Moves snapshots between the domain record and the rows. Values the columns cannot hold are
 * refused here, naming the field, rather than left to the database to truncate or reject with
 * a vendor-specific error.
 */
final class ForecastSnapshotMapper {

    /** Digits before the decimal point that numeric(19,4) keeps. */
    private static final int INTEGER_DIGITS =
            ForecastSnapshotEntity.AMOUNT_PRECISION - ForecastSnapshotEntity.AMOUNT_SCALE;

    private ForecastSnapshotMapper() {
    }

    static ForecastSnapshot toSnapshot(ForecastSnapshotEntity row) {
        List<ForecastDeal> deals = new ArrayList<>(row.deals().size());
        for (ForecastDealLine line : row.deals()) {
            deals.add(new ForecastDeal(line.dealId(), Money.of(line.amount(), line.currency()),
                    line.winProbability(), line.expectedClose(), ForecastCategory.valueOf(line.category()),
                    UserId.of(line.ownerId()), line.team(), line.territory(), line.pipeline(), line.stage()));
        }
        return new ForecastSnapshot(row.id(), TenantId.of(row.tenantId()), row.asOf(),
                DateRange.of(row.periodStart(), row.periodEnd()), ForecastScope.valueOf(row.scope()), row.scopeKey(),
                Money.of(row.closedAmount(), row.closedCurrency()), Money.of(row.commitAmount(), row.commitCurrency()),
                Money.of(row.bestCaseAmount(), row.bestCaseCurrency()),
                Money.of(row.weightedAmount(), row.weightedCurrency()), Money.of(row.p10Amount(), row.p10Currency()),
                Money.of(row.p50Amount(), row.p50Currency()), Money.of(row.p90Amount(), row.p90Currency()), deals);
    }

    static ForecastSnapshotEntity newRow(ForecastSnapshot snapshot) {
        ForecastSnapshotEntity row = new ForecastSnapshotEntity(snapshot.id(), snapshot.tenantId().value());
        copyInto(snapshot, row);
        return row;
    }

    /** Copies everything but the id and the tenant, which a row never changes. */
    static void copyInto(ForecastSnapshot snapshot, ForecastSnapshotEntity row) {
        row.assignPosition(snapshot.asOf(), snapshot.period().start(), snapshot.period().end(),
                snapshot.scope().name(), fitting(snapshot.scopeKey(), "scopeKey"));
        row.assignClosed(amount(snapshot.closed(), "closed"), currency(snapshot.closed()));
        row.assignCommit(amount(snapshot.commit(), "commit"), currency(snapshot.commit()));
        row.assignBestCase(amount(snapshot.bestCase(), "bestCase"), currency(snapshot.bestCase()));
        row.assignWeighted(amount(snapshot.weighted(), "weighted"), currency(snapshot.weighted()));
        row.assignP10(amount(snapshot.p10(), "p10"), currency(snapshot.p10()));
        row.assignP50(amount(snapshot.p50(), "p50"), currency(snapshot.p50()));
        row.assignP90(amount(snapshot.p90(), "p90"), currency(snapshot.p90()));
        List<ForecastDealLine> lines = new ArrayList<>(snapshot.deals().size());
        for (int i = 0; i < snapshot.deals().size(); i++) {
            ForecastDeal deal = snapshot.deals().get(i);
            String field = "deals[" + i + "].";
            lines.add(new ForecastDealLine(snapshot.tenantId().value(), fitting(deal.dealId(), field + "dealId"),
                    amount(deal.amount(), field + "amount"), currency(deal.amount()), deal.winProbability(),
                    deal.expectedClose(), deal.category().name(), deal.owner().value(),
                    fitting(deal.team(), field + "team"), fitting(deal.territory(), field + "territory"),
                    fitting(deal.pipeline(), field + "pipeline"), fitting(deal.stage(), field + "stage")));
        }
        row.replaceDeals(lines);
    }

    private static String fitting(String text, String field) {
        if (text != null && text.length() > ForecastSnapshotEntity.TEXT_LENGTH) {
            throw new ValidationException(field, "is longer than the " + ForecastSnapshotEntity.TEXT_LENGTH
                    + " characters snapshot storage keeps: " + text.length());
        }
        return text;
    }

    private static BigDecimal amount(Money money, String field) {
        BigDecimal amount = money.amount();
        if (amount.precision() - amount.scale() > INTEGER_DIGITS) {
            throw new ValidationException(field, "is larger than snapshot storage keeps (" + INTEGER_DIGITS
                    + " digits before the decimal point): " + money);
        }
        return amount;
    }

    private static String currency(Money money) {
        return money.currency().getCurrencyCode();
    }
}
