package org.smartbizflow.crm.activity.port.in;

import java.time.Instant;
import java.util.List;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.DueReminder;
import org.smartbizflow.crm.activity.ReminderAcknowledgement;
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
     * Fires the reminder if it is due (by the CRM's clock), its activity is still planned and
     * nobody has fired it yet. Refusals are values, never side effects: a reminder not yet due
     * or of a cancelled or completed activity stays as it is.
     *
     * @param activity the activity the reminder belongs to ({@link DueReminder#activityId()})
     * @param reminder the reminder ({@link DueReminder#reminderId()})
     * @return {@link ReminderAcknowledgement#FIRED} for the one caller that fired it
     */
    ReminderAcknowledgement acknowledge(ActivityId activity, ReminderId reminder);

    /** Fires the reminders due now (by the CRM's clock) and sends each through the notifier. */
    ReminderDelivery deliverDueReminders(int limit);
}
