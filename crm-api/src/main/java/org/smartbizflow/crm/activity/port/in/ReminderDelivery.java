package org.smartbizflow.crm.activity.port.in;

import java.util.List;
import org.smartbizflow.crm.activity.ReminderId;

/**
 * What one delivery round did.
 *
 * @param delivered reminders this round fired and handed to the notifier
 * @param failed    reminders this round fired whose notifier call threw (they will not fire
 *                  again: a reminder fires at most once)
 */
public record ReminderDelivery(List<ReminderId> delivered, List<ReminderId> failed) {

    public ReminderDelivery {
        delivered = List.copyOf(delivered);
        failed = List.copyOf(failed);
    }
}
