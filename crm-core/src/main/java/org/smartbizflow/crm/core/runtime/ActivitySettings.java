package org.smartbizflow.crm.core.runtime;

import java.util.Objects;
import org.smartbizflow.crm.activity.ActivityPlaybook;
import org.smartbizflow.crm.activity.port.out.CalendarGateway;
import org.smartbizflow.crm.activity.port.out.Notifier;

/**
 * The outside-world ports and configuration the activity use cases need beyond the common
 * runtime: where reminders go, how calendars are exchanged, and the tenant's playbook of
 * templates and follow-up rules.
 *
 * @param notifier        delivers reminders
 * @param calendarGateway reads and writes calendar files
 * @param playbook        templates and follow-up rules
 */
public record ActivitySettings(Notifier notifier, CalendarGateway calendarGateway, ActivityPlaybook playbook) {

    public ActivitySettings {
        Objects.requireNonNull(notifier, "notifier");
        Objects.requireNonNull(calendarGateway, "calendarGateway");
        Objects.requireNonNull(playbook, "playbook");
    }
}
