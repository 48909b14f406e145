package org.smartbizflow.crm.sales.quote;

import java.time.Instant;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** Events of the quote lifecycle. */
public sealed interface QuoteEvent extends DomainEvent {

    QuoteId quoteId();

    @Override
    default String aggregateId() {
        return quoteId().toString();
    }

    /**
     * A quote was made from a deal's lines.
     *
     * @param tenantId      tenant
     * @param quoteId       the quote
     * @param opportunityId the deal
     * @param number        its number
     * @param total         its total including tax
     * @param actor         who made it
     * @param occurredAt    when
     */
    record QuoteCreated(TenantId tenantId, QuoteId quoteId, OpportunityId opportunityId, long number, Money total,
                        UserId actor, Instant occurredAt) implements QuoteEvent {
    }

    /**
     * A quote moved to another status (sent, accepted, rejected or expired).
     *
     * @param tenantId      tenant
     * @param quoteId       the quote
     * @param opportunityId the deal
     * @param revision      the revision that moved
     * @param from          status before
     * @param to            status after
     * @param actor         who moved it
     * @param occurredAt    when
     */
    record QuoteStatusChanged(TenantId tenantId, QuoteId quoteId, OpportunityId opportunityId, int revision,
                              QuoteStatus from, QuoteStatus to, UserId actor, Instant occurredAt) implements QuoteEvent {
    }

    /**
     * A quote got a new revision.
     *
     * @param tenantId   tenant
     * @param quoteId    the quote
     * @param revision   the new revision number
     * @param total      its total including tax
     * @param actor      who revised it
     * @param occurredAt when
     */
    record QuoteRevised(TenantId tenantId, QuoteId quoteId, int revision, Money total, UserId actor,
                        Instant occurredAt) implements QuoteEvent {
    }
}
