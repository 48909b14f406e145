package org.smartbizflow.crm.core.activity;

import org.smartbizflow.crm.activity.port.in.ActivityPlaybookUseCase;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.shared.CallContext;

/** Binds the activity playbook use cases to a tenant and actor; used by the CRM session. */
public final class ActivityPlaybookUseCases {

    private ActivityPlaybookUseCases() {
    }

    public static ActivityPlaybookUseCase bind(CoreRuntime runtime, CallContext context) {
        return new ActivityPlaybookService(runtime, context);
    }
}
