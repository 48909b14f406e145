package org.smartbizflow.crm.sales.lineitem.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Currency;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.lineitem.Discount;
import org.smartbizflow.crm.sales.lineitem.LineItem;
import org.smartbizflow.crm.sales.product.ProductId;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Percentage;

/**
 * Put a product (or a free-text line) on a deal.
 *
 * @param opportunityId the deal
 * @param productId     the catalogue product, or null for a free-text line
 * @param description   the line text; null takes the product's name
 * @param quantity      how many
 * @param unitPrice     price of one unit; null takes the standard list price of today in {@code currency}
 * @param currency      the currency, needed only when {@code unitPrice} is null
 * @param discount      reduction, or null for none
 * @param taxRate       tax rate, or null for none
 */
public record AddLineItem(@NotNull OpportunityId opportunityId, ProductId productId,
                          @Size(max = LineItem.DESCRIPTION_MAX) String description,
                          @NotNull @Positive BigDecimal quantity, Money unitPrice, Currency currency,
                          Discount discount, Percentage taxRate) {

    /** A catalogue product at its standard list price, without discount or tax. */
    public static AddLineItem product(OpportunityId opportunityId, ProductId productId, BigDecimal quantity,
                                      Currency currency) {
        return new AddLineItem(opportunityId, productId, null, quantity, null, currency, null, null);
    }

    public AddLineItem withDiscount(Discount newDiscount) {
        return new AddLineItem(opportunityId, productId, description, quantity, unitPrice, currency, newDiscount, taxRate);
    }

    public AddLineItem withTaxRate(Percentage newTaxRate) {
        return new AddLineItem(opportunityId, productId, description, quantity, unitPrice, currency, discount, newTaxRate);
    }
}
