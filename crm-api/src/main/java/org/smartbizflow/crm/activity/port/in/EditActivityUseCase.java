package org.smartbizflow.crm.activity.port.in;

import org.smartbizflow.crm.activity.ActivityChange;

/**
 * Change an activity's subject, body, place, priority, direction, visibility, links and
 * attendees. A completed or cancelled activity takes only body and link changes; anything
 * else is refused as a value ({@link ActivityChange.Refused}).
 */
public interface EditActivityUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.ValidationException naming the field when a change
     *         does not fit the activity's type or breaks a limit
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the expected
     *         version is not the stored one
     */
    ActivityChange edit(EditActivity command);
}
