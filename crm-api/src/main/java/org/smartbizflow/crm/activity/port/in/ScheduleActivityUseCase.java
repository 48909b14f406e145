package org.smartbizflow.crm.activity.port.in;

import org.smartbizflow.crm.activity.ScheduleOutcome;

/** Plan or log an activity (a recurring one as one activity per occurrence). */
public interface ScheduleActivityUseCase {

    ScheduleOutcome schedule(ScheduleActivity command);
}
