package org.smartbizflow.crm.account.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountRelationship;
import org.smartbizflow.crm.account.RelationshipGraph;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Storage of account-to-account relationships. Scoped by tenant; runs in the caller's
 * transaction.
 */
public interface AccountRelationshipRepository {

    void insert(AccountRelationship relationship);

    /** Replaces the stored relationship with the same id (its end date, typically). */
    void update(AccountRelationship relationship);

    Optional<AccountRelationship> find(TenantId tenantId, UUID id);

    /** Every relationship in which the account takes part, either end, ordered by id. */
    List<AccountRelationship> of(TenantId tenantId, AccountId account);

    /**
     * The accounts reachable from {@code center} in at most {@code depth} hops over
     * relationships active on {@code day} (either direction), computed by the store with a
     * recursive query.
     */
    RelationshipGraph graph(TenantId tenantId, AccountId center, int depth, LocalDate day);
}
