package org.smartbizflow.crm.activity.port.in;

import java.time.Instant;
import java.util.List;
import org.smartbizflow.crm.activity.DueReminder;
import org.smartbizflow.crm.activity.ReminderId;

/**
 * Reminders for a host scheduler to poll. Either call {@link #deliverDueReminders} (the CRM
 * fires and hands each to the notifier), or read {@link #dueReminders} and
 * {@link #acknowledge} each one before delivering it yourself. Either way a reminder fires at
 * most once, however many pollers run at the same time.
 */
public interface RemindersUseCase {

    /** Reminders of the tenant due at {@code now}, earliest first (all users: this is the scheduler's view). */
    List<DueReminder> dueReminders(Instant now, int limit);

    /**
     * Fires the reminder if nobody has yet.
     *
     * @return true for the one caller that fired it, false for every later call
     */
    boolean acknowledge(ReminderId reminder);

    /** Fires the reminders due now (by the CRM's clock) and sends each through the notifier. */
    ReminderDelivery deliverDueReminders(int limit);
}
