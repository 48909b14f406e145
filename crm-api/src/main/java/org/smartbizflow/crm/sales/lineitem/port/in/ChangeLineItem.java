package org.smartbizflow.crm.sales.lineitem.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.lineitem.Discount;
import org.smartbizflow.crm.sales.lineitem.LineItemId;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Percentage;

/**
 * Change a line's quantity, price, discount and tax; null keeps the current value.
 *
 * @param opportunityId the deal
 * @param lineItemId    the line
 * @param quantity      new quantity, or null
 * @param unitPrice     new unit price, or null
 * @param discount      new discount, or null
 * @param taxRate       new tax rate, or null
 */
public record ChangeLineItem(@NotNull OpportunityId opportunityId, @NotNull LineItemId lineItemId,
                             @Positive BigDecimal quantity, Money unitPrice, Discount discount, Percentage taxRate) {
}
