package org.smartbizflow.crm.activity.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Remove a template from the tenant's playbook.
 *
 * @param key             the template
 * @param expectedVersion the version the caller saw
 */
public record DeleteActivityTemplate(@NotBlank String key, @PositiveOrZero long expectedVersion) {

    public static DeleteActivityTemplate of(String key, long expectedVersion) {
        return new DeleteActivityTemplate(key, expectedVersion);
    }
}
