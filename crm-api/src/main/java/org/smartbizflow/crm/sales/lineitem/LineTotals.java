package org.smartbizflow.crm.sales.lineitem;

import java.util.Currency;
import java.util.List;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * The sums over a list of lines in one currency: each line is rounded on its own (as an
 * invoice prints it) and the sums are exact, so they add up to the printed lines.
 *
 * @param gross    sum of the lines' gross amounts
 * @param discount sum of the lines' discounts
 * @param net      sum of the lines' net amounts (the deal amount when lines drive it)
 * @param tax      sum of the lines' tax
 * @param total    net plus tax
 */
public record LineTotals(Money gross, Money discount, Money net, Money tax, Money total) {

    public LineTotals {
        Preconditions.notNull(gross, "gross");
        Preconditions.notNull(discount, "discount");
        Preconditions.notNull(net, "net");
        Preconditions.notNull(tax, "tax");
        Preconditions.notNull(total, "total");
    }

    /** Totals of the lines, all of which must be in the currency. */
    public static LineTotals of(Currency currency, List<LineItem> lines) {
        Money gross = Money.zero(currency);
        Money discount = Money.zero(currency);
        Money net = Money.zero(currency);
        Money tax = Money.zero(currency);
        for (LineItem line : lines) {
            gross = gross.plus(line.gross());
            discount = discount.plus(line.discountAmount());
            net = net.plus(line.net());
            tax = tax.plus(line.tax());
        }
        return new LineTotals(gross, discount, net, tax, net.plus(tax));
    }
}
