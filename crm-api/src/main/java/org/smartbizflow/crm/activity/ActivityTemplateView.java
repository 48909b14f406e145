package org.smartbizflow.crm.activity;

import java.time.Instant;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * An activity template as a tenant's playbook keeps it: the template, under its key, with the
 * version a change must name (optimistic locking).
 *
 * @param tenantId  tenant
 * @param template  the template; its key identifies it within the tenant
 * @param version   0 when stored, one more with every change
 * @param updatedAt when it was last stored
 */
public record ActivityTemplateView(TenantId tenantId, ActivityTemplate template, long version, Instant updatedAt) {

    public ActivityTemplateView {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(template, "template");
        Preconditions.check(version >= 0, "version", "must not be negative");
        Preconditions.notNull(updatedAt, "updatedAt");
    }

    public String key() {
        return template.key();
    }

    /** The same template at another version and time, as a repository stores it. */
    public ActivityTemplateView stored(long newVersion, Instant at) {
        return new ActivityTemplateView(tenantId, template, newVersion, at);
    }
}
