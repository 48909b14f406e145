package org.smartbizflow.crm.account.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.smartbizflow.crm.account.Account;
import org.smartbizflow.crm.account.AccountFilter;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountNode;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.HierarchyRollup;
import org.smartbizflow.crm.account.TerritoryCount;
import org.smartbizflow.crm.shared.CustomValue;
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

    /**
     * The custom field keys the accounts matching the filter use, in key order, each with the
     * type its value has on the first of those accounts (in id order) that holds it: the custom
     * columns of a CSV export, known before its rows are written. This default reads the
     * matching accounts page by page; a store that can ask its database does so in one query.
     */
    default SortedMap<String, CustomValue.Type> customFieldTypes(TenantId tenantId, AccountFilter filter) {
        SortedMap<String, CustomValue.Type> types = new TreeMap<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<AccountView> page = search(tenantId, filter, request);
            page.items().forEach(account -> account.profile().customFields().values()
                    .forEach((key, value) -> types.putIfAbsent(key, value.type())));
            if (!page.hasNext()) {
                return types;
            }
            request = request.next(page.next());
        }
    }

    /** The number of accounts matching the filter. */
    long count(TenantId tenantId, AccountFilter filter);

    /** The accounts that list this domain among theirs, in id order (lead conversion, duplicate checks). */
    List<AccountView> findByDomain(TenantId tenantId, DomainName domain);

    /**
     * The accounts whose legal name has this matching key
     * ({@link org.smartbizflow.crm.account.AccountNames#normalise}), in id order.
     */
    List<AccountView> findByNormalisedName(TenantId tenantId, String normalisedName);

    /**
     * The accounts that list any of these domains or whose legal name has any of these
     * matching keys, each once, in id order; empty when both are empty. One look-up for the
     * accounts a whole import chunk names, instead of one {@link #findByDomain} and
     * {@link #findByNormalisedName} per row; database adapters query in slices well inside
     * IN-list limits.
     */
    List<AccountView> findByDomainsOrNormalisedNames(TenantId tenantId, Collection<DomainName> domains,
                                                     Collection<String> normalisedNames);

    /**
     * The accounts above this one, nearest first (its parent, then the parent's parent...),
     * with depth 1 for the parent. Empty for a top-level or unknown account. Computed by the
     * store (a recursive query), not by loading accounts one by one.
     */
    List<AccountNode> ancestors(TenantId tenantId, AccountId id);

    /**
     * The account and every account below it, at any depth, ordered by depth and then id;
     * the account itself has depth 0. Empty for an unknown account.
     */
    List<AccountNode> subtree(TenantId tenantId, AccountId root);

    /**
     * Totals over the account's subtree, computed by the store in one recursive aggregate
     * query.
     *
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such account is stored
     */
    HierarchyRollup rollup(TenantId tenantId, AccountId root);

    /**
     * Holds write locks on these accounts until the transaction ends, taken in id order, so
     * that concurrent hierarchy moves over the same accounts run one after the other and each
     * sees the other's result before its cycle check. Unknown ids are ignored.
     */
    void lockForHierarchyChange(TenantId tenantId, Collection<AccountId> ids);

    /**
     * Accounts whose next KYC review is due on or before the day, soonest first (then by id),
     * keyset-paged.
     */
    Page<AccountView> dueForReview(TenantId tenantId, LocalDate day, PageRequest page);

    /** Accounts and their revenue per territory (null for none), from one aggregate query. */
    List<TerritoryCount> countByTerritory(TenantId tenantId);
}
