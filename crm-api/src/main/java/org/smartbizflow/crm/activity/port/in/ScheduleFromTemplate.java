package org.smartbizflow.crm.activity.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.shared.UserId;

/**
 * Plan an activity from a template of the tenant's playbook.
 *
 * @param templateKey the template
 * @param start       when it starts (a task: is due)
 * @param zone        the owner's time zone
 * @param values      placeholder values
 * @param links       the records it is about
 * @param ownerId     the owner; null makes the acting user the owner
 */
public record ScheduleFromTemplate(@NotBlank String templateKey, @NotNull Instant start, @NotNull ZoneId zone,
                                   @NotNull Map<String, String> values, @NotNull Set<RecordLink> links,
                                   UserId ownerId) {

    public ScheduleFromTemplate {
        values = values == null ? Map.of() : Map.copyOf(values);
        links = links == null ? Set.of() : Set.copyOf(links);
    }

    public static ScheduleFromTemplate of(String templateKey, Instant start, ZoneId zone, Map<String, String> values,
                                          RecordLink... links) {
        return new ScheduleFromTemplate(templateKey, start, zone, values, Set.of(links), null);
    }
}
