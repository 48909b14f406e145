package org.smartbizflow.crm.activity.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.activity.ActivityTemplate;

/**
 * Add a template to the tenant's playbook.
 *
 * @param template the template; its key must be new to the tenant
 */
public record CreateActivityTemplate(@NotNull ActivityTemplate template) {

    public static CreateActivityTemplate of(ActivityTemplate template) {
        return new CreateActivityTemplate(template);
    }
}
