package org.smartbizflow.crm.sales.lineitem;

import java.math.BigDecimal;
import java.util.Currency;
import org.smartbizflow.crm.sales.product.ProductId;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Percentage;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * One priced line of a deal or a quote. Its amounts are computed, never stored apart from
 * their inputs, so they cannot disagree: gross = unit price x quantity, net = gross -
 * discount, tax = net x tax rate, total = net + tax; each rounded half-even to the
 * currency's scale at the step where decimals could appear.
 *
 * @param id          identity of the line within its deal
 * @param productId   the catalogue product, or null for a free-text line
 * @param description what is sold, 1 to {@value #DESCRIPTION_MAX} characters
 * @param quantity    how many, positive, at most {@value #QUANTITY_SCALE} decimals
 * @param unitPrice   price of one unit, not negative
 * @param discount    the reduction on the line, in the unit price's currency
 * @param taxRate     tax on the net amount
 */
public record LineItem(LineItemId id, ProductId productId, String description, BigDecimal quantity, Money unitPrice,
                       Discount discount, Percentage taxRate) {

    public static final int DESCRIPTION_MAX = 500;
    public static final int QUANTITY_SCALE = 4;

    public LineItem {
        Preconditions.notNull(id, "id");
        description = Preconditions.maxLength(Preconditions.notBlank(description, "description"), DESCRIPTION_MAX,
                "description");
        Preconditions.notNull(quantity, "quantity");
        Preconditions.check(quantity.signum() > 0, "quantity", "must be positive: " + quantity.toPlainString());
        Preconditions.check(quantity.stripTrailingZeros().scale() <= QUANTITY_SCALE, "quantity",
                "must have at most " + QUANTITY_SCALE + " decimals: " + quantity.toPlainString());
        quantity = quantity.stripTrailingZeros();
        if (quantity.scale() < 0) {
            quantity = quantity.setScale(0);
        }
        Preconditions.notNull(unitPrice, "unitPrice");
        Preconditions.check(!unitPrice.isNegative(), "unitPrice", "must not be negative: " + unitPrice);
        discount = discount == null ? Discount.none() : discount;
        taxRate = taxRate == null ? Percentage.of(0) : taxRate;
        if (discount instanceof Discount.Amount fixed) {
            Preconditions.check(fixed.amount().currency().equals(unitPrice.currency()), "discount",
                    "must be in the line's currency " + unitPrice.currency().getCurrencyCode() + ": " + fixed.amount());
            Money gross = unitPrice.times(quantity);
            Preconditions.check(!fixed.amount().isGreaterThan(gross), "discount",
                    "must not exceed the line's gross amount " + gross + ": " + fixed.amount());
        }
    }

    public Currency currency() {
        return unitPrice.currency();
    }

    /** Unit price x quantity, rounded half-even to the currency's scale. */
    public Money gross() {
        return unitPrice.times(quantity);
    }

    public Money discountAmount() {
        return discount.of(gross());
    }

    /** Gross minus discount; never negative. */
    public Money net() {
        return gross().minus(discountAmount());
    }

    /** Tax on the net amount, rounded half-even to the currency's scale. */
    public Money tax() {
        Money net = net();
        return Money.rounded(net.amount().multiply(taxRate.value()).movePointLeft(2), net.currency());
    }

    /** Net plus tax. */
    public Money total() {
        return net().plus(tax());
    }

    /** The same line with another quantity. */
    public LineItem withQuantity(BigDecimal newQuantity) {
        return new LineItem(id, productId, description, newQuantity, unitPrice, discount, taxRate);
    }
}
