package org.smartbizflow.crm.shared;

/**
 * The tenant and actor a use case runs for. Hosts do not build it per call: a CRM session
 * binds it once per request.
 *
 * @param tenantId the tenant all reads and writes are scoped to
 * @param actor    the acting user
 */
public record CallContext(TenantId tenantId, Actor actor) {

    public CallContext {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(actor, "actor");
    }
}
