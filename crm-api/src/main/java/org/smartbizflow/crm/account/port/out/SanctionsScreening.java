package org.smartbizflow.crm.account.port.out;

import java.util.List;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.ScreeningFlag;

/**
 * A sanctions and watch-list screening service (a provider's API, or the host's own
 * compliance system). The CRM asks it about an account and stores what it answers as flags;
 * it never decides on its own that an account is clean.
 */
@FunctionalInterface
public interface SanctionsScreening {

    /**
     * Screens the account by its legal name, countries, domains and tax ids.
     *
     * @return the hits, empty when the account matched no list
     */
    List<ScreeningFlag> screen(AccountView account);
}
