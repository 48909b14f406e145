package org.smartbizflow.crm.sales.contract.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.contract.Contract;
import org.smartbizflow.crm.sales.contract.ContractId;
import org.smartbizflow.crm.sales.contract.ContractView;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.Visibility;

/** Storage of contracts, scoped by tenant, with optimistic versions. */
public interface ContractRepository {

    Optional<Contract> find(TenantId tenantId, ContractId id);

    /** Stores a new contract at version 0. */
    void insert(Contract contract);

    /**
     * Stores the contract if the stored version still equals its version; advances the version.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the version differs
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such contract is stored
     */
    void update(Contract contract);

    /** The contracts of a deal, by start date. */
    List<ContractView> listByOpportunity(TenantId tenantId, OpportunityId opportunityId);

    /**
     * ACTIVE contracts whose renewal is due (end date minus notice period) on or before
     * {@code dueBy}, soonest first (then by id), at most {@code limit}, among the contracts
     * the visibility lets the caller see: the renewal work list.
     */
    List<ContractView> dueForRenewal(TenantId tenantId, LocalDate dueBy, Visibility visibility, int limit);
}
