package org.smartbizflow.crm.activity.port.in;

import org.smartbizflow.crm.activity.ActivityChange;

/** Cancel a planned activity (and optionally the rest of its series). */
public interface CancelActivityUseCase {

    /** The change of the named activity; later occurrences that were planned are cancelled too when asked. */
    ActivityChange cancel(CancelActivity command);
}
