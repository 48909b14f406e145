package org.smartbizflow.crm.core.sales;

import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.contract.Contract;
import org.smartbizflow.crm.sales.contract.ContractChange;
import org.smartbizflow.crm.sales.contract.ContractId;
import org.smartbizflow.crm.sales.contract.ContractStatus;
import org.smartbizflow.crm.sales.contract.ContractView;
import org.smartbizflow.crm.sales.contract.port.in.Contracts;
import org.smartbizflow.crm.sales.contract.port.in.CreateContractFromDeal;
import org.smartbizflow.crm.sales.contract.port.in.CreateContractFromQuote;
import org.smartbizflow.crm.sales.contract.port.in.RenewalOutcome;
import org.smartbizflow.crm.sales.contract.port.out.ContractRepository;
import org.smartbizflow.crm.sales.quote.Quote;
import org.smartbizflow.crm.sales.quote.QuoteStatus;
import org.smartbizflow.crm.sales.quote.QuoteView;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Visibility;

/** The contract use cases; creation, renewal and termination are audited and published. */
final class ContractService implements Contracts {

    static final String RECORD_TYPE = "Contract";

    private final SalesSupport sales;
    private final ContractRepository contracts;

    ContractService(SalesSupport sales) {
        this.sales = sales;
        this.contracts = sales.store().contracts();
    }

    @Override
    public ContractId createFromQuote(CreateContractFromQuote command) {
        sales.runtime().validate(command);
        return sales.tx(() -> {
            QuoteView quote = sales.store().quotes().find(sales.tenant(), command.quoteId()).map(Quote::view)
                    .orElseThrow(() -> new NotFoundException(QuoteService.RECORD_TYPE, command.quoteId()));
            sales.require(Action.READ, QuoteService.RECORD_TYPE, quote.id(), quote.ownerId());
            if (quote.status() != QuoteStatus.ACCEPTED) {
                throw new ValidationException("quoteId", "quote " + quote.number() + " is " + quote.status()
                        + "; only an accepted quote becomes a contract");
            }
            return insert(Contract.create(new ContractId(sales.nextId()), sales.tenant(), quote.opportunityId(), quote.id(),
                    command.title(), quote.totals().net(), command.startDate(), command.endDate(), command.terms(), null,
                    sales.actor(), sales.now()));
        });
    }

    @Override
    public ContractId createFromDeal(CreateContractFromDeal command) {
        sales.runtime().validate(command);
        sales.requireDeal(Action.UPDATE, command.opportunityId());
        return sales.tx(() -> insert(Contract.create(new ContractId(sales.nextId()), sales.tenant(),
                command.opportunityId(), null, command.title(), command.value(), command.startDate(), command.endDate(),
                command.terms(), null, sales.actor(), sales.now())));
    }

    private ContractId insert(Contract contract) {
        sales.require(Action.CREATE, RECORD_TYPE, null, sales.actor());
        contracts.insert(contract);
        sales.audit(RECORD_TYPE, contract.id(), "status", null, ContractStatus.ACTIVE);
        sales.runtime().recordEvents(contract.pullEvents());
        return contract.id();
    }

    @Override
    public RenewalOutcome renew(ContractId contractId, Money newValue) {
        Preconditions.notNull(contractId, "contractId");
        return sales.tx(() -> {
            Contract contract = loadForUpdate(contractId);
            ContractView before = contract.view();
            if (before.status() != ContractStatus.ACTIVE) {
                return new RenewalOutcome.Refused(before.status(), "only an active contract can be renewed");
            }
            if (newValue != null && !newValue.currency().equals(before.value().currency())) {
                throw new ValidationException("newValue", "must be in the contract's currency "
                        + before.value().currency().getCurrencyCode());
            }
            ContractId nextId = new ContractId(sales.nextId());
            Money value = newValue != null ? newValue : before.value();
            Optional<OpportunityId> renewalDeal = sales.deals().renewalDeal(before, value);
            Contract next = contract.renew(nextId, renewalDeal.orElse(before.opportunityId()), value, sales.actor(),
                    sales.now()).orElseThrow();
            contracts.update(contract);
            sales.audit(RECORD_TYPE, contract.id(), "status", ContractStatus.ACTIVE, ContractStatus.RENEWED);
            sales.runtime().recordEvents(contract.pullEvents());
            insert(next);
            return new RenewalOutcome.Renewed(contractId, nextId, renewalDeal.orElse(null));
        });
    }

    @Override
    public ContractChange terminate(ContractId contractId) {
        Preconditions.notNull(contractId, "contractId");
        return sales.tx(() -> {
            Contract contract = loadForUpdate(contractId);
            ContractChange result = contract.terminate(sales.actor(), sales.now());
            if (result instanceof ContractChange.Changed changed) {
                contracts.update(contract);
                sales.audit(RECORD_TYPE, contract.id(), "status", changed.from(), changed.to());
                sales.runtime().recordEvents(contract.pullEvents());
            }
            return result;
        });
    }

    @Override
    public ContractView contract(ContractId contractId) {
        Preconditions.notNull(contractId, "contractId");
        ContractView contract = sales.tx(() -> load(contractId).view());
        sales.require(Action.READ, RECORD_TYPE, contractId, contract.ownerId());
        return contract;
    }

    @Override
    public List<ContractView> contractsOf(OpportunityId opportunityId) {
        Preconditions.notNull(opportunityId, "opportunityId");
        sales.requireDeal(Action.READ, opportunityId);
        return sales.tx(() -> contracts.listByOpportunity(sales.tenant(), opportunityId));
    }

    @Override
    public List<ContractView> dueForRenewal(int withinDays, int limit) {
        Preconditions.check(withinDays >= 0, "withinDays", "must not be negative: " + withinDays);
        Preconditions.check(limit >= 1 && limit <= PageRequest.MAX_SIZE, "limit",
                "must be between 1 and " + PageRequest.MAX_SIZE);
        Visibility visible = sales.visibility(RECORD_TYPE);
        return sales.tx(() -> contracts.dueForRenewal(sales.tenant(), sales.today().plusDays(withinDays), visible,
                limit));
    }

    private Contract load(ContractId id) {
        return contracts.find(sales.tenant(), id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    }

    private Contract loadForUpdate(ContractId id) {
        Contract contract = load(id);
        sales.require(Action.UPDATE, RECORD_TYPE, id, contract.view().ownerId());
        return contract;
    }
}
