package org.smartbizflow.crm.core.nurture;

import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.ScheduleOutcome;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.core.activity.ActivityUseCases;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.lead.nurture.port.out.FollowUpTask;
import org.smartbizflow.crm.lead.nurture.port.out.FollowUpTasks;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CallContext;

/**
 * The CRM's own follow-up tasks: each becomes a TASK activity linked to the lead and owned by
 * the lead's owner, scheduled through the activity use cases as the system (so reminders,
 * calendars and the audit trail treat it like any other task). It joins the transaction that
 * records the nurture step's outcome.
 */
public final class ActivityFollowUpTasks implements FollowUpTasks {

    private final Supplier<CoreRuntime> runtime;

    /** Tasks through the activities of the runtime the supplier gives (known once the CRM is built). */
    public ActivityFollowUpTasks(Supplier<CoreRuntime> runtime) {
        this.runtime = runtime;
    }

    @Override
    public void create(FollowUpTask task) {
        ScheduleOutcome outcome = ActivityUseCases.bind(runtime.get(), new CallContext(task.tenantId(), Actor.system()))
                .schedule(ScheduleActivity.task(task.subject(), task.dueAt(), ZoneOffset.UTC)
                        .ownedBy(task.assignee())
                        .about(RecordLink.lead(task.leadId())));
        if (!(outcome instanceof ScheduleOutcome.Scheduled)) {
            throw new IllegalStateException("the follow-up task was not scheduled: " + outcome);
        }
    }
}
