package org.smartbizflow.crm.account.port.in;

import java.util.List;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.shared.Page;

/** Find accounts: by filter with keyset paging, or by domain or name for matching. */
public interface SearchAccountsUseCase {

    /** A page of the accounts the actor may see that match the filter. */
    Page<AccountView> search(SearchAccounts query);

    /** How many accounts the actor may see match the filter. */
    long count(SearchAccounts query);

    /** The visible accounts with this domain (for matching leads and contacts to accounts). */
    List<AccountView> findByDomain(DomainName domain);

    /** The visible accounts whose legal name matches this name once normalised. */
    List<AccountView> findByName(String name);
}
