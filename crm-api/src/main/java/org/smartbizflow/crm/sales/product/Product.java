package org.smartbizflow.crm.sales.product;

import java.time.Instant;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Something the tenant sells, identified to people by its SKU (unique per tenant). A product
 * is retired rather than deleted, so old deals and quotes keep pointing at it.
 *
 * @param id          identity
 * @param tenantId    tenant
 * @param sku         stock-keeping unit, unique per tenant, 1 to {@value #SKU_MAX} characters
 * @param name        display name, 1 to {@value #NAME_MAX} characters
 * @param description optional longer text
 * @param active      false once retired: no new lines may use it
 * @param version     optimistic-concurrency version
 * @param createdAt   when it was added
 * @param updatedAt   when it last changed
 */
public record Product(ProductId id, TenantId tenantId, String sku, String name, String description, boolean active,
                      long version, Instant createdAt, Instant updatedAt) {

    public static final int SKU_MAX = 64;
    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;

    public Product {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        sku = Preconditions.maxLength(Preconditions.notBlank(sku, "sku"), SKU_MAX, "sku");
        name = Preconditions.maxLength(Preconditions.notBlank(name, "name"), NAME_MAX, "name");
        description = Preconditions.maxLength(Preconditions.blankToNull(description), DESCRIPTION_MAX, "description");
        Preconditions.notNull(createdAt, "createdAt");
        Preconditions.notNull(updatedAt, "updatedAt");
    }

    /** A new, active product at version 0. */
    public static Product define(ProductId id, TenantId tenantId, String sku, String name, String description,
                                 Instant now) {
        return new Product(id, tenantId, sku, name, description, true, 0, now, now);
    }

    /** The same product with new name and description. */
    public Product renamed(String newName, String newDescription, Instant now) {
        return new Product(id, tenantId, sku, newName, newDescription, active, version, createdAt, now);
    }

    /** The same product retired (or reactivated). */
    public Product withActive(boolean isActive, Instant now) {
        return new Product(id, tenantId, sku, name, description, isActive, version, createdAt, now);
    }

    public Product withVersion(long newVersion) {
        return new Product(id, tenantId, sku, name, description, active, newVersion, createdAt, updatedAt);
    }
}
