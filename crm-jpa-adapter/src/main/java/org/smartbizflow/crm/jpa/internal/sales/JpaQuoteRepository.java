package org.smartbizflow.crm.jpa.internal.sales;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.quote.Quote;
import org.smartbizflow.crm.sales.quote.QuoteId;
import org.smartbizflow.crm.sales.quote.QuoteNumber;
import org.smartbizflow.crm.sales.quote.QuoteStatus;
import org.smartbizflow.crm.sales.quote.QuoteView;
import org.smartbizflow.crm.sales.quote.port.out.QuoteRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Quotes in {@code crm_quote} with lines and revisions in child tables, numbers in
 * {@code crm_quote_number}. A second accepted quote of a deal breaks the unique key on
 * {@code accepted_opportunity_id} and is reported as a concurrency conflict.
 */
public final class JpaQuoteRepository implements QuoteRepository {

    private final Supplier<EntityManager> entityManager;

    public JpaQuoteRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    private Optional<QuoteEntity> row(TenantId tenantId, QuoteId id) {
        QuoteEntity row = entityManager.get().find(QuoteEntity.class, id.value());
        return row != null && row.tenantId.equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    @Override
    public Optional<Quote> find(TenantId tenantId, QuoteId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return row(tenantId, id).map(SalesMapper::toQuote).map(Quote::restore);
    }

    @Override
    public QuoteNumber nextNumber(TenantId tenantId) {
        Preconditions.notNull(tenantId, "tenantId");
        long next = entityManager.get().callWithConnection((Connection connection) -> {
            try {
                return QuoteNumbers.next(connection, tenantId.value());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot take the next quote number of " + tenantId + ": "
                        + e.getMessage(), e);
            }
        });
        return QuoteNumber.of(next);
    }

    @Override
    public void insert(Quote quote) {
        Preconditions.notNull(quote, "quote");
        QuoteView state = quote.view();
        QuoteEntity row = new QuoteEntity(state.id().value(), state.tenantId().value());
        SalesMapper.copyInto(state, row);
        EntityManager em = entityManager.get();
        em.persist(row);
        Flushes.flush(em, () -> new ConcurrencyConflictException("Quote", state.id(), 0));
    }

    @Override
    public void update(Quote quote) {
        Preconditions.notNull(quote, "quote");
        QuoteView state = quote.view();
        QuoteEntity row = row(state.tenantId(), state.id()).orElseThrow(() -> new NotFoundException("Quote", state.id()));
        if (row.version != state.version()) {
            throw new ConcurrencyConflictException("Quote", state.id(), state.version());
        }
        SalesMapper.copyInto(state, row);
        Flushes.flush(entityManager.get(), () -> new ConcurrencyConflictException("Quote", state.id(), state.version()));
    }

    @Override
    public List<QuoteView> listByOpportunity(TenantId tenantId, OpportunityId opportunityId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(opportunityId, "opportunityId");
        return entityManager.get()
                .createQuery("select q from CrmQuote q where q.tenantId = :tenant and q.opportunityId = :deal"
                        + " order by q.number desc", QuoteEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("deal", opportunityId.value())
                .getResultStream().map(SalesMapper::toQuote).toList();
    }

    @Override
    public Optional<QuoteView> findAccepted(TenantId tenantId, OpportunityId opportunityId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(opportunityId, "opportunityId");
        return entityManager.get()
                .createQuery("select q from CrmQuote q where q.tenantId = :tenant and q.acceptedOpportunityId = :deal",
                        QuoteEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("deal", opportunityId.value())
                .getResultStream().findFirst().map(SalesMapper::toQuote);
    }

    @Override
    public List<QuoteView> findOverdue(TenantId tenantId, LocalDate today, int limit) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(today, "today");
        Preconditions.check(limit >= 1, "limit", "must be positive");
        return entityManager.get()
                .createQuery("select q from CrmQuote q where q.tenantId = :tenant and q.status = :sent"
                        + " and q.validUntil < :today order by q.validUntil, q.id", QuoteEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("sent", QuoteStatus.SENT.name())
                .setParameter("today", today)
                .setMaxResults(limit)
                .getResultStream().map(SalesMapper::toQuote).toList();
    }
}
