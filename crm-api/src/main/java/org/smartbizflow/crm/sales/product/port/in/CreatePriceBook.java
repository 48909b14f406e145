package org.smartbizflow.crm.sales.product.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.smartbizflow.crm.sales.product.PriceBook;

/**
 * Make a price book.
 *
 * @param name     display name, unique per tenant
 * @param standard whether it is the tenant's default list (one per tenant)
 */
public record CreatePriceBook(@NotBlank @Size(max = PriceBook.NAME_MAX) String name, boolean standard) {
}
