package org.smartbizflow.crm.sales.product.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.smartbizflow.crm.sales.product.Product;

/**
 * Add a product to the catalogue.
 *
 * @param sku         stock-keeping unit, unique per tenant
 * @param name        display name
 * @param description optional longer text
 */
public record DefineProduct(@NotBlank @Size(max = Product.SKU_MAX) String sku,
                            @NotBlank @Size(max = Product.NAME_MAX) String name,
                            @Size(max = Product.DESCRIPTION_MAX) String description) {
}
