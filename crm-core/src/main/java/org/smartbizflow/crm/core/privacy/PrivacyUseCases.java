package org.smartbizflow.crm.core.privacy;

import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.privacy.port.in.Privacy;
import org.smartbizflow.crm.shared.CallContext;

/** Binds the data-protection use cases to a tenant and actor; used by the CRM session. */
public final class PrivacyUseCases {

    private PrivacyUseCases() {
    }

    public static Privacy bind(CoreRuntime runtime, CallContext context) {
        return new PrivacyService(runtime, context);
    }
}
