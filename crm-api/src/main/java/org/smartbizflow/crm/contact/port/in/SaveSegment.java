package org.smartbizflow.crm.contact.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smartbizflow.crm.contact.ContactCriteria;

/**
 * Save criteria under a name as a dynamic segment.
 *
 * @param name     unique within the tenant, ignoring case
 * @param criteria what selects the members
 */
public record SaveSegment(@NotBlank @Size(max = 100) String name, @NotNull ContactCriteria criteria) {
}
