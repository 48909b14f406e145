package org.smartbizflow.crm.core.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.contract.Contract;
import org.smartbizflow.crm.sales.contract.ContractId;
import org.smartbizflow.crm.sales.contract.ContractStatus;
import org.smartbizflow.crm.sales.contract.ContractView;
import org.smartbizflow.crm.sales.contract.port.out.ContractRepository;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.Visibility;

/** Contracts in memory. */
public final class InMemoryContractRepository implements ContractRepository {

    private final VersionedTable<ContractId, ContractView> rows;

    public InMemoryContractRepository(InMemoryTransactionRunner transactions) {
        this.rows = new VersionedTable<>(transactions, "Contract", ContractView::version);
    }

    @Override
    public Optional<Contract> find(TenantId tenantId, ContractId id) {
        return rows.get(tenantId, id).map(Contract::restore);
    }

    @Override
    public void insert(Contract contract) {
        ContractView state = contract.view();
        rows.insert(state.tenantId(), state.id(), state.withVersion(0));
    }

    @Override
    public void update(Contract contract) {
        ContractView state = contract.view();
        rows.update(state.tenantId(), state.id(), state.withVersion(state.version() + 1), state.version());
    }

    @Override
    public List<ContractView> listByOpportunity(TenantId tenantId, OpportunityId opportunityId) {
        return rows.read(() -> rows.unsafeRows(tenantId).stream()
                .filter(c -> c.opportunityId().equals(opportunityId))
                .sorted(Comparator.comparing(ContractView::startDate).thenComparing(c -> c.id().value(), UuidOrder.UNSIGNED))
                .toList());
    }

    @Override
    public List<ContractView> dueForRenewal(TenantId tenantId, LocalDate dueBy, Visibility visibility, int limit) {
        return rows.read(() -> rows.unsafeRows(tenantId).stream()
                .filter(c -> c.status() == ContractStatus.ACTIVE && !c.renewalDueOn().isAfter(dueBy))
                .filter(c -> !(visibility instanceof Visibility.OwnedBy owned) || owned.owners().contains(c.ownerId()))
                .sorted(Comparator.comparing(ContractView::renewalDueOn).thenComparing(c -> c.id().value(), UuidOrder.UNSIGNED))
                .limit(limit)
                .toList());
    }
}
