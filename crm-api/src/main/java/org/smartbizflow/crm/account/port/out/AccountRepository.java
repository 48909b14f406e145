package org.smartbizflow.crm.account.port.out;

import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.account.Account;
import org.smartbizflow.crm.account.AccountFilter;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Storage of accounts. Every method is scoped by tenant: an account of another tenant is
 * never found, listed or changed. Implementations run inside the caller's transaction.
 */
public interface AccountRepository {

    Optional<Account> find(TenantId tenantId, AccountId id);

    /** Stores a new account at version 0. */
    void insert(Account account);

    /**
     * Stores the account's current state if the stored version still equals
     * {@code account.version()}, and advances the stored version by one.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the stored
     *         version differs (nothing is written)
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such account is stored
     */
    void update(Account account);

    /**
     * Accounts matching the filter, in ascending id order (creation order for time-ordered
     * ids), keyset-paged: a page never repeats or skips a row of an earlier page.
     */
    Page<AccountView> search(TenantId tenantId, AccountFilter filter, PageRequest page);

    /** The number of accounts matching the filter. */
    long count(TenantId tenantId, AccountFilter filter);

    /** The accounts that list this domain among theirs, in id order (lead conversion, duplicate checks). */
    List<AccountView> findByDomain(TenantId tenantId, DomainName domain);

    /**
     * The accounts whose legal name has this matching key
     * ({@link org.smartbizflow.crm.account.AccountNames#normalise}), in id order.
     */
    List<AccountView> findByNormalisedName(TenantId tenantId, String normalisedName);
}
