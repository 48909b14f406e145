package org.smartbizflow.crm.lead.nurture.port.in;

import java.time.Instant;
import java.util.List;
import org.smartbizflow.crm.lead.nurture.DueStep;

/**
 * What a host's scheduler calls, once per tenant, as often as it likes: the CRM keeps no
 * timer of its own. Any number of schedulers may run at once; each step runs at most once.
 */
public interface NurtureSchedulerUseCase {

    /** The steps due at or before {@code now}, earliest first, at most {@code limit}. */
    List<DueStep> dueSteps(Instant now, int limit);

    /**
     * Runs due steps, at most {@code limit}: each is claimed in a transaction of its own
     * (a step another scheduler claimed first is reported NOT_CLAIMED and not run), then its
     * action runs (e-mail through the gateway, task through the task port). Steps that become
     * due by running (a step after a sent e-mail) run in the same call while the limit allows.
     */
    RunReport runDue(Instant now, int limit);
}
