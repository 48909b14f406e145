package org.smartbizflow.crm.activity.port.in;

import java.util.List;
import org.smartbizflow.crm.activity.ActivityTemplate;
import org.smartbizflow.crm.activity.ScheduleOutcome;

/** Templates of the playbook the CRM was built with, and scheduling from them. */
public interface ActivityTemplatesUseCase {

    List<ActivityTemplate> templates();

    ScheduleOutcome scheduleFromTemplate(ScheduleFromTemplate command);
}
