package org.smartbizflow.crm.activity.port.in;

/** All activity use cases, bound to one tenant and actor by a CRM session. */
public interface Activities extends ScheduleActivityUseCase, RescheduleActivityUseCase, CompleteActivityUseCase,
        CancelActivityUseCase, GetActivityUseCase, CalendarUseCase, CalendarExchangeUseCase, RemindersUseCase,
        ActivityTemplatesUseCase, ActivityAnalyticsUseCase,
        EditActivityUseCase {
}
