package org.smartbizflow.crm.sales.quote.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.quote.Quote;
import org.smartbizflow.crm.sales.quote.QuoteFilter;
import org.smartbizflow.crm.sales.quote.QuoteId;
import org.smartbizflow.crm.sales.quote.QuoteNumber;
import org.smartbizflow.crm.sales.quote.QuoteView;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Storage of quotes with their revision history, scoped by tenant, with optimistic versions.
 * Runs inside the caller's transaction. The store itself refuses a second ACCEPTED quote for
 * one opportunity, so two concurrent acceptances cannot both succeed.
 */
public interface QuoteRepository {

    Optional<Quote> find(TenantId tenantId, QuoteId id);

    /**
     * The tenant's next quote number, taken in the caller's transaction: numbers start at 1
     * and have no gaps, because a transaction that rolls back gives its number back. Concurrent
     * callers wait for each other (the counter row is locked until commit).
     */
    QuoteNumber nextNumber(TenantId tenantId);

    /**
     * Stores a new quote at version 0.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when it is ACCEPTED and
     *         its opportunity already has an accepted quote
     */
    void insert(Quote quote);

    /**
     * Stores the quote's current state if the stored version still equals its version;
     * advances the version.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the version
     *         differs, or the quote becomes ACCEPTED while its opportunity has another accepted
     *         quote (nothing is written)
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such quote is stored
     */
    void update(Quote quote);

    /** The quotes of a deal, newest number first. */
    List<QuoteView> listByOpportunity(TenantId tenantId, OpportunityId opportunityId);

    /** The deal's accepted quote, if any. */
    Optional<QuoteView> findAccepted(TenantId tenantId, OpportunityId opportunityId);

    /**
     * SENT quotes whose last valid day lies before {@code today}, oldest validity first, at
     * most {@code limit}.
     */
    List<QuoteView> findOverdue(TenantId tenantId, LocalDate today, int limit);

    /**
     * Quotes matching the filter in ascending id order, keyset-paged: a page never repeats or
     * skips a quote of an earlier page.
     */
    Page<QuoteView> search(TenantId tenantId, QuoteFilter filter, PageRequest page);
}
