package org.smartbizflow.crm.core.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.quote.Quote;
import org.smartbizflow.crm.sales.quote.QuoteFilter;
import org.smartbizflow.crm.sales.quote.QuoteId;
import org.smartbizflow.crm.sales.quote.QuoteNumber;
import org.smartbizflow.crm.sales.quote.QuoteStatus;
import org.smartbizflow.crm.sales.quote.QuoteView;
import org.smartbizflow.crm.sales.quote.port.out.QuoteRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.Cursor;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Quotes in memory. Numbers come from a counter per tenant that a failed transaction winds
 * back, so they stay gap-free; transactions are serialised, so no two callers get one number.
 */
public final class InMemoryQuoteRepository implements QuoteRepository {

    private final InMemoryTransactionRunner transactions;
    private final VersionedTable<QuoteId, QuoteView> rows;
    private final Map<TenantId, Long> lastNumbers = new ConcurrentHashMap<>();

    public InMemoryQuoteRepository(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new VersionedTable<>(transactions, "Quote", QuoteView::version);
    }

    @Override
    public Optional<Quote> find(TenantId tenantId, QuoteId id) {
        return rows.get(tenantId, id).map(Quote::restore);
    }

    @Override
    public QuoteNumber nextNumber(TenantId tenantId) {
        return transactions.write(() -> {
            Long previous = lastNumbers.get(tenantId);
            long next = previous == null ? 1 : previous + 1;
            lastNumbers.put(tenantId, next);
            transactions.onRollback(() -> {
                if (previous == null) {
                    lastNumbers.remove(tenantId);
                } else {
                    lastNumbers.put(tenantId, previous);
                }
            });
            return QuoteNumber.of(next);
        });
    }

    @Override
    public void insert(Quote quote) {
        QuoteView state = quote.view();
        rows.write(() -> {
            requireNoOtherAccepted(state);
            rows.insert(state.tenantId(), state.id(), state.withVersion(0));
        });
    }

    @Override
    public void update(Quote quote) {
        QuoteView state = quote.view();
        rows.write(() -> {
            requireNoOtherAccepted(state);
            rows.update(state.tenantId(), state.id(), state.withVersion(state.version() + 1), state.version());
        });
    }

    /** The rule the databases keep with a unique index on the accepted quote's deal. */
    private void requireNoOtherAccepted(QuoteView state) {
        if (state.status() != QuoteStatus.ACCEPTED) {
            return;
        }
        for (QuoteView other : rows.unsafeRows(state.tenantId())) {
            if (!other.id().equals(state.id()) && other.status() == QuoteStatus.ACCEPTED
                    && other.opportunityId().equals(state.opportunityId())) {
                throw new ConcurrencyConflictException("Quote", state.id(), state.version());
            }
        }
    }

    @Override
    public List<QuoteView> listByOpportunity(TenantId tenantId, OpportunityId opportunityId) {
        return rows.read(() -> rows.unsafeRows(tenantId).stream()
                .filter(q -> q.opportunityId().equals(opportunityId))
                .sorted(Comparator.comparing(QuoteView::number).reversed())
                .toList());
    }

    @Override
    public Optional<QuoteView> findAccepted(TenantId tenantId, OpportunityId opportunityId) {
        return rows.read(() -> rows.unsafeRows(tenantId).stream()
                .filter(q -> q.opportunityId().equals(opportunityId) && q.status() == QuoteStatus.ACCEPTED)
                .findFirst());
    }

    @Override
    public List<QuoteView> findOverdue(TenantId tenantId, LocalDate today, int limit) {
        return rows.read(() -> rows.unsafeRows(tenantId).stream()
                .filter(q -> q.status() == QuoteStatus.SENT && q.validUntil().isBefore(today))
                .sorted(Comparator.comparing(QuoteView::validUntil).thenComparing(q -> q.id().value(), UuidOrder.UNSIGNED))
                .limit(limit)
                .toList());
    }

    @Override
    public Page<QuoteView> search(TenantId tenantId, QuoteFilter filter, PageRequest page) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Preconditions.notNull(page, "page");
        UUID after = page.cursor().map(InMemoryQuoteRepository::decode).orElse(null);
        return rows.read(() -> {
            List<QuoteView> matching = rows.unsafeRows(tenantId).stream()
                    .filter(q -> after == null || UuidOrder.UNSIGNED.compare(q.id().value(), after) > 0)
                    .filter(filter::matches)
                    .sorted(Comparator.comparing(q -> q.id().value(), UuidOrder.UNSIGNED))
                    .limit(page.size() + 1L)
                    .toList();
            if (matching.size() <= page.size()) {
                return Page.last(matching);
            }
            List<QuoteView> items = matching.subList(0, page.size());
            return new Page<>(items, Cursor.of(items.get(items.size() - 1).id().value().toString()));
        });
    }

    private static UUID decode(Cursor cursor) {
        try {
            return UUID.fromString(cursor.token());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("page.after", "is not a cursor of a quote search: " + cursor.token());
        }
    }
}
