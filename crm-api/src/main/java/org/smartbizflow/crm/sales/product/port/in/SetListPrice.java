package org.smartbizflow.crm.sales.product.port.in;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.smartbizflow.crm.sales.product.PriceBookId;
import org.smartbizflow.crm.sales.product.ProductId;
import org.smartbizflow.crm.shared.Money;

/**
 * Price a product in a book for a span of days. An open-ended earlier price in the same
 * currency is closed the day before this one starts.
 *
 * @param priceBookId the book
 * @param productId   the product
 * @param listPrice   price of one unit
 * @param validFrom   first day
 * @param validTo     last day, or null for open-ended
 */
public record SetListPrice(@NotNull PriceBookId priceBookId, @NotNull ProductId productId, @NotNull Money listPrice,
                           @NotNull LocalDate validFrom, LocalDate validTo) {
}
