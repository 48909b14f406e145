package org.smartbizflow.crm.sales.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.quote.QuoteId;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * What the customer signed: a value for a term with renewal terms. The aggregate guards the
 * lifecycle (only an ACTIVE contract renews, ends or is terminated) and makes the follow-on
 * contract of a renewal, so that a renewal chain is never broken.
 */
public final class Contract {

    public static final int TITLE_MAX = 200;

    private ContractView state;
    private final List<ContractEvent> events = new ArrayList<>();

    private Contract(ContractView state) {
        this.state = state;
    }

    /** A new ACTIVE contract. */
    public static Contract create(ContractId id, TenantId tenantId, OpportunityId opportunityId, QuoteId quoteId,
                                  String title, Money value, LocalDate startDate, LocalDate endDate, RenewalTerms terms,
                                  ContractId renewalOf, UserId actor, Instant now) {
        Contract contract = new Contract(new ContractView(id, tenantId, opportunityId, quoteId, title, value, startDate,
                endDate, terms, ContractStatus.ACTIVE, renewalOf, actor, now, now, 0));
        contract.events.add(new ContractEvent.ContractCreated(tenantId, id, opportunityId, value, startDate, endDate,
                actor, now));
        return contract;
    }

    public static Contract restore(ContractView state) {
        return new Contract(Objects.requireNonNull(state, "state"));
    }

    /**
     * Renews an ACTIVE contract: this one becomes RENEWED and the follow-on contract starts
     * the day after it ends, for a term of the same length (in years, months and days), with
     * the same terms.
     *
     * @param nextId        the follow-on contract's id
     * @param nextOpportunity the deal the renewal belongs to (the renewal deal, or the original one)
     * @param nextValue     the follow-on value (null keeps this value)
     * @return the follow-on contract, or empty when this contract cannot renew
     */
    public java.util.Optional<Contract> renew(ContractId nextId, OpportunityId nextOpportunity, Money nextValue,
                                              UserId actor, Instant now) {
        if (state.status() != ContractStatus.ACTIVE) {
            return java.util.Optional.empty();
        }
        // a term of whole months stays whole months (a year from 1 April ends on 31 March, leap year or not)
        Period term = Period.between(state.startDate(), state.endDate().plusDays(1));
        LocalDate nextStart = state.endDate().plusDays(1);
        Contract next = create(nextId, state.tenantId(), Preconditions.notNull(nextOpportunity, "opportunityId"), null,
                state.title(), nextValue != null ? nextValue : state.value(), nextStart, nextStart.plus(term).minusDays(1),
                state.terms(), state.id(), actor, now);
        move(ContractStatus.RENEWED, actor, now);
        return java.util.Optional.of(next);
    }

    /** The customer gave notice (or the contract was cancelled): ACTIVE to TERMINATED. */
    public ContractChange terminate(UserId actor, Instant now) {
        if (state.status() != ContractStatus.ACTIVE) {
            return new ContractChange.Refused(state.status(), "only an active contract can be terminated");
        }
        return move(ContractStatus.TERMINATED, actor, now);
    }

    /** ACTIVE to ENDED once its last day lies before {@code today} (and it did not renew). */
    public ContractChange end(UserId actor, Instant now, LocalDate today) {
        if (state.status() != ContractStatus.ACTIVE) {
            return new ContractChange.Refused(state.status(), "only an active contract can end");
        }
        if (!state.endDate().isBefore(today)) {
            return new ContractChange.Refused(state.status(), "the contract runs until " + state.endDate());
        }
        return move(ContractStatus.ENDED, actor, now);
    }

    private ContractChange move(ContractStatus target, UserId actor, Instant now) {
        ContractStatus from = state.status();
        state = new ContractView(state.id(), state.tenantId(), state.opportunityId(), state.quoteId(), state.title(),
                state.value(), state.startDate(), state.endDate(), state.terms(), target, state.renewalOf(),
                state.ownerId(), state.createdAt(), now, state.version());
        events.add(new ContractEvent.ContractStatusChanged(state.tenantId(), state.id(), from, target, actor, now));
        return new ContractChange.Changed(from, target);
    }

    public List<ContractEvent> pullEvents() {
        List<ContractEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public ContractView view() {
        return state;
    }

    public ContractId id() {
        return state.id();
    }

    public long version() {
        return state.version();
    }
}
