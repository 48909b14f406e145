package org.smartbizflow.crm.activity.port.in;

import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityView;

/** Read one activity the actor may see. */
public interface GetActivityUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.NotFoundException when there is no such activity,
     *         or it is another user's private activity
     */
    ActivityView get(ActivityId id);
}
