package org.smartbizflow.crm.activity.port.in;

import java.util.List;
import org.smartbizflow.crm.activity.ActivityTemplate;
import org.smartbizflow.crm.activity.ScheduleOutcome;

/** The tenant's templates (its stored playbook, or the one the CRM was built with), and scheduling from them. */
public interface ActivityTemplatesUseCase {

    List<ActivityTemplate> templates();

    ScheduleOutcome scheduleFromTemplate(ScheduleFromTemplate command);
}
