package org.smartbizflow.crm.activity.port.in;

import org.smartbizflow.crm.activity.ScheduleOutcome;

/** Move a planned activity in time; its reminders follow. */
public interface RescheduleActivityUseCase {

    ScheduleOutcome reschedule(RescheduleActivity command);
}
