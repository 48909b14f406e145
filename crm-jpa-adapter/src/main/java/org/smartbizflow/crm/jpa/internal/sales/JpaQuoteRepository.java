package org.smartbizflow.crm.jpa.internal.sales;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
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
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;

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

    @Override
    public Page<QuoteView> search(TenantId tenantId, QuoteFilter filter, PageRequest page) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Preconditions.notNull(page, "page");
        StringBuilder jpql = new StringBuilder("select q from CrmQuote q where q.tenantId = :tenant");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", tenantId.value());
        if (!filter.statuses().isEmpty()) {
            jpql.append(" and q.status in :statuses");
            parameters.put("statuses", filter.statuses().stream().map(Enum::name).sorted().toList());
        }
        if (!filter.owners().isEmpty()) {
            jpql.append(" and q.ownerId in :owners");
            parameters.put("owners", filter.owners().stream().map(UserId::value).sorted().toList());
        }
        // the quote's date, as QuoteView.datedAt() defines it
        String dated = "coalesce(q.decidedAt, q.sentAt, q.createdAt)";
        if (filter.datedFrom() != null) {
            jpql.append(" and ").append(dated).append(" >= :from");
            parameters.put("from", filter.datedFrom());
        }
        if (filter.datedBefore() != null) {
            jpql.append(" and ").append(dated).append(" < :before");
            parameters.put("before", filter.datedBefore());
        }
        page.cursor().ifPresent(cursor -> {
            jpql.append(" and q.id > :after");
            parameters.put("after", decode(cursor));
        });
        TypedQuery<QuoteEntity> query = entityManager.get()
                .createQuery(jpql + " order by q.id", QuoteEntity.class)
                .setMaxResults(page.size() + 1);
        parameters.forEach(query::setParameter);
        List<QuoteView> rows = new ArrayList<>(page.size() + 1);
        query.getResultStream().forEach(row -> rows.add(SalesMapper.toQuote(row)));
        if (rows.size() <= page.size()) {
            return Page.last(rows);
        }
        List<QuoteView> items = rows.subList(0, page.size());
        return new Page<>(items, Cursor.of(items.get(items.size() - 1).id().value().toString()));
    }

    private static UUID decode(Cursor cursor) {
        try {
            UUID lastId = UUID.fromString(cursor.token());
            if (lastId.toString().equals(cursor.token())) {
                return lastId;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new ValidationException("cursor", "is not a cursor of a quote search: " + cursor.token());
    }
}
