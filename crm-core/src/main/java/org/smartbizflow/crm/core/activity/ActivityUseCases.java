package org.smartbizflow.crm.core.activity;

import org.smartbizflow.crm.activity.port.in.Activities;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.shared.CallContext;

/** Binds the activity use cases to a tenant and actor; used by the CRM session. */
public final class ActivityUseCases {

    private ActivityUseCases() {
    }

    public static Activities bind(CoreRuntime runtime, CallContext context) {
        return new ActivityService(runtime, context);
    }
}
