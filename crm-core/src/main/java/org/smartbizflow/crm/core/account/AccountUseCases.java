package org.smartbizflow.crm.core.account;

import org.smartbizflow.crm.account.port.in.Accounts;
import org.smartbizflow.crm.account.port.in.AccountChurnUseCase;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.shared.CallContext;

/** Binds the account use cases to a tenant and actor; used by the CRM session. */
public final class AccountUseCases {

    private AccountUseCases() {
    }

    public static Accounts bind(CoreRuntime runtime, CallContext context) {
        return new AccountService(runtime, context);
    }

    /** Churn risk through the configured churn model. */
    public static AccountChurnUseCase churn(CoreRuntime runtime, CallContext context) {
        return new AccountChurn(runtime, context);
    }
}
