package org.smartbizflow.crm.jpa.internal.sales;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.contract.Contract;
import org.smartbizflow.crm.sales.contract.ContractId;
import org.smartbizflow.crm.sales.contract.ContractStatus;
import org.smartbizflow.crm.sales.contract.ContractView;
import org.smartbizflow.crm.sales.contract.port.out.ContractRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.Visibility;

/**
 * Contracts in {@code crm_contract}. The renewal work list reads the stored renewal date
 * through the (tenant, status, renewal_due_on) index.
 */
public final class JpaContractRepository implements ContractRepository {

    private final Supplier<EntityManager> entityManager;

    public JpaContractRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    private Optional<ContractEntity> row(TenantId tenantId, ContractId id) {
        ContractEntity row = entityManager.get().find(ContractEntity.class, id.value());
        return row != null && row.tenantId.equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    @Override
    public Optional<Contract> find(TenantId tenantId, ContractId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return row(tenantId, id).map(SalesMapper::toContract).map(Contract::restore);
    }

    @Override
    public void insert(Contract contract) {
        Preconditions.notNull(contract, "contract");
        ContractView state = contract.view();
        ContractEntity row = new ContractEntity(state.id().value(), state.tenantId().value());
        SalesMapper.copyInto(state, row);
        EntityManager em = entityManager.get();
        em.persist(row);
        Flushes.flush(em, () -> new ConcurrencyConflictException("Contract", state.id(), 0));
    }

    @Override
    public void update(Contract contract) {
        Preconditions.notNull(contract, "contract");
        ContractView state = contract.view();
        ContractEntity row = row(state.tenantId(), state.id())
                .orElseThrow(() -> new NotFoundException("Contract", state.id()));
        if (row.version != state.version()) {
            throw new ConcurrencyConflictException("Contract", state.id(), state.version());
        }
        SalesMapper.copyInto(state, row);
        Flushes.flush(entityManager.get(), () -> new ConcurrencyConflictException("Contract", state.id(), state.version()));
    }

    @Override
    public List<ContractView> listByOpportunity(TenantId tenantId, OpportunityId opportunityId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(opportunityId, "opportunityId");
        return entityManager.get()
                .createQuery("select c from CrmContract c where c.tenantId = :tenant and c.opportunityId = :deal"
                        + " order by c.startDate, c.id", ContractEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("deal", opportunityId.value())
                .getResultStream().map(SalesMapper::toContract).toList();
    }

    @Override
    public List<ContractView> dueForRenewal(TenantId tenantId, LocalDate dueBy, Visibility visibility, int limit) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(dueBy, "dueBy");
        Preconditions.notNull(visibility, "visibility");
        Preconditions.check(limit >= 1, "limit", "must be positive");
        List<String> owners = visibility instanceof Visibility.OwnedBy owned
                ? owned.owners().stream().map(UserId::value).sorted().toList() : null;
        if (owners != null && owners.isEmpty()) {
            return List.of();
        }
        TypedQuery<ContractEntity> query = entityManager.get()
                .createQuery("select c from CrmContract c where c.tenantId = :tenant and c.status = :active"
                        + " and c.renewalDueOn <= :dueBy" + (owners == null ? "" : " and c.ownerId in :owners")
                        + " order by c.renewalDueOn, c.id", ContractEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("active", ContractStatus.ACTIVE.name())
                .setParameter("dueBy", dueBy)
                .setMaxResults(limit);
        if (owners != null) {
            query.setParameter("owners", owners);
        }
        return query.getResultStream().map(SalesMapper::toContract).toList();
    }
}
