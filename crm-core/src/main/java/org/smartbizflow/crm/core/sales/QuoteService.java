package org.smartbizflow.crm.core.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.lineitem.LineItems;
import org.smartbizflow.crm.sales.quote.Quote;
import org.smartbizflow.crm.sales.quote.QuoteFilter;
import org.smartbizflow.crm.sales.quote.QuoteFormat;
import org.smartbizflow.crm.sales.quote.QuoteId;
import org.smartbizflow.crm.sales.quote.QuoteStatus;
import org.smartbizflow.crm.sales.quote.QuoteSummary;
import org.smartbizflow.crm.sales.quote.QuoteTotals;
import org.smartbizflow.crm.sales.quote.QuoteTransition;
import org.smartbizflow.crm.sales.quote.QuoteView;
import org.smartbizflow.crm.sales.quote.RenderedQuote;
import org.smartbizflow.crm.sales.quote.port.in.AcceptQuote;
import org.smartbizflow.crm.sales.quote.port.in.CreateQuote;
import org.smartbizflow.crm.sales.quote.port.in.Quotes;
import org.smartbizflow.crm.sales.quote.port.in.ReviseQuote;
import org.smartbizflow.crm.sales.quote.port.in.SummarizeQuotes;
import org.smartbizflow.crm.sales.quote.port.out.QuoteRenderer;
import org.smartbizflow.crm.sales.quote.port.out.QuoteRepository;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Visibility;
import org.smartbizflow.crm.shared.port.out.ExchangeRates;

/** The quote use cases; every status change is audited and published as an event. */
final class QuoteService implements Quotes {

    static final String RECORD_TYPE = "Quote";
    /** Quotes expired per transaction by {@link #expireOverdue()}. */
    private static final int EXPIRY_BATCH = 100;

    private final SalesSupport sales;
    private final LineItemService lineItems;
    private final QuoteRenderer renderer;
    private final QuoteRepository quotes;

    QuoteService(SalesSupport sales, LineItemService lineItems, QuoteRenderer renderer) {
        this.sales = sales;
        this.lineItems = lineItems;
        this.renderer = renderer;
        this.quotes = sales.store().quotes();
    }

    @Override
    public QuoteId create(CreateQuote command) {
        sales.runtime().validate(command);
        sales.requireDeal(Action.UPDATE, command.opportunityId());
        return sales.tx(() -> {
            LineItems items = lineItems.load(command.opportunityId());
            Instant now = sales.now();
            LocalDate today = sales.today();
            // a refused quote rolls the transaction back, and with it the number: no gaps
            Quote quote = Quote.create(new QuoteId(sales.nextId()), sales.tenant(), command.opportunityId(),
                    quotes.nextNumber(sales.tenant()), items.currency(), items.lines(), command.validUntil(),
                    sales.actor(), now, today);
            quotes.insert(quote);
            sales.audit(RECORD_TYPE, quote.id(), "status", null, QuoteStatus.DRAFT);
            sales.runtime().recordEvents(quote.pullEvents());
            return quote.id();
        });
    }

    @Override
    public QuoteTransition revise(ReviseQuote command) {
        sales.runtime().validate(command);
        return sales.tx(() -> {
            Quote quote = loadForUpdate(command.quoteId());
            QuoteView before = quote.view();
            LineItems items = lineItems.load(before.opportunityId());
            if (!items.currency().equals(before.currency())) {
                throw new ValidationException("lines", "the deal's lines are now in " + items.currency().getCurrencyCode()
                        + " but the quote is in " + before.currency().getCurrencyCode() + "; make a new quote");
            }
            LocalDate validUntil = command.validUntil() != null ? command.validUntil() : before.validUntil();
            QuoteTransition result = quote.revise(items.lines(), validUntil, sales.actor(), sales.now(), sales.today());
            if (result instanceof QuoteTransition.Changed) {
                quotes.update(quote);
                QuoteView after = quote.view();
                sales.audit(RECORD_TYPE, quote.id(), "revision", before.revision(), after.revision());
                if (before.status() != after.status()) {
                    sales.audit(RECORD_TYPE, quote.id(), "status", before.status(), after.status());
                }
                sales.runtime().recordEvents(quote.pullEvents());
            }
            return result;
        });
    }

    @Override
    public QuoteTransition send(QuoteId quoteId) {
        Preconditions.notNull(quoteId, "quoteId");
        return sales.tx(() -> {
            Quote quote = loadForUpdate(quoteId);
            return store(quote, quote.send(sales.actor(), sales.now(), sales.today()));
        });
    }

    @Override
    public QuoteTransition accept(AcceptQuote command) {
        sales.runtime().validate(command);
        return sales.tx(() -> {
            Quote quote = loadForUpdate(command.quoteId());
            Optional<QuoteView> accepted = quotes.findAccepted(sales.tenant(), quote.opportunityId());
            if (accepted.isPresent() && !accepted.get().id().equals(quote.id())) {
                return new QuoteTransition.Refused(quote.status(), "the deal already has an accepted quote: "
                        + accepted.get().number());
            }
            QuoteTransition result = store(quote, quote.accept(sales.actor(), sales.now(), sales.today()));
            if (result instanceof QuoteTransition.Changed) {
                QuoteView agreed = quote.view();
                // the agreed price becomes the deal's amount before the deal closes on it
                sales.deals().amountFromQuote(agreed.opportunityId(), agreed.totals().net(),
                        agreed.ratedOn(sales.runtime().clock().getZone()));
                if (command.markDealWon()) {
                    sales.deals().markWon(quote.opportunityId());
                }
            }
            return result;
        });
    }

    @Override
    public QuoteTransition reject(QuoteId quoteId) {
        Preconditions.notNull(quoteId, "quoteId");
        return sales.tx(() -> {
            Quote quote = loadForUpdate(quoteId);
            return store(quote, quote.reject(sales.actor(), sales.now()));
        });
    }

    @Override
    public int expireOverdue() {
        sales.require(Action.UPDATE, RECORD_TYPE, null, null);
        int expired = 0;
        while (true) {
            int batch = sales.tx(() -> {
                LocalDate today = sales.today();
                int done = 0;
                for (QuoteView overdue : quotes.findOverdue(sales.tenant(), today, EXPIRY_BATCH)) {
                    Quote quote = Quote.restore(overdue);
                    if (store(quote, quote.expire(sales.actor(), sales.now(), today)) instanceof QuoteTransition.Changed) {
                        done++;
                    }
                }
                return done;
            });
            expired += batch;
            if (batch < EXPIRY_BATCH) {
                return expired;
            }
        }
    }

    private QuoteTransition store(Quote quote, QuoteTransition result) {
        if (result instanceof QuoteTransition.Changed changed) {
            quotes.update(quote);
            sales.audit(RECORD_TYPE, quote.id(), "status", changed.from(), changed.to());
            sales.runtime().recordEvents(quote.pullEvents());
        }
        return result;
    }

    @Override
    public QuoteView quote(QuoteId quoteId) {
        Preconditions.notNull(quoteId, "quoteId");
        QuoteView quote = sales.tx(() -> load(quoteId).view());
        sales.require(Action.READ, RECORD_TYPE, quoteId, quote.ownerId());
        return quote;
    }

    @Override
    public List<QuoteView> quotesOf(OpportunityId opportunityId) {
        Preconditions.notNull(opportunityId, "opportunityId");
        sales.requireDeal(Action.READ, opportunityId);
        return sales.tx(() -> quotes.listByOpportunity(sales.tenant(), opportunityId));
    }

    @Override
    public RenderedQuote render(QuoteId quoteId, QuoteFormat format) {
        Preconditions.notNull(format, "format");
        return renderer.render(quote(quoteId), format);
    }

    @Override
    public QuoteSummary summarize(SummarizeQuotes query) {
        sales.runtime().validate(query);
        ZoneId zone = sales.runtime().clock().getZone();
        Currency currency = sales.runtime().dealPorts().corporateCurrency().of(sales.tenant());
        QuoteFilter filter = QuoteFilter.any().withStatuses(query.statuses()).datedBetween(
                query.period().start().atStartOfDay(zone).toInstant(),
                query.period().end().plusDays(1).atStartOfDay(zone).toInstant());
        Visibility visibility = sales.visibility(RECORD_TYPE);
        if (visibility instanceof Visibility.OwnedBy ownedBy) {
            if (ownedBy.owners().isEmpty()) {
                return summary(query, currency, Map.of());
            }
            filter = filter.withOwners(ownedBy.owners());
        }
        Map<QuoteStatus, QuoteTotals> byStatus = new EnumMap<>(QuoteStatus.class);
        PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            PageRequest current = page;
            QuoteFilter matching = filter;
            Page<QuoteView> batch = sales.tx(() -> quotes.search(sales.tenant(), matching, current));
            for (QuoteView quote : batch.items()) {
                byStatus.computeIfAbsent(quote.status(), s -> new QuoteTotals()).add(quote.totals(), quote.ratedOn(zone));
            }
            if (batch.nextCursor().isEmpty()) {
                return summary(query, currency, byStatus);
            }
            page = page.next(batch.nextCursor().get());
        }
    }

    private QuoteSummary summary(SummarizeQuotes query, Currency currency, Map<QuoteStatus, QuoteTotals> byStatus) {
        ExchangeRates rates = sales.runtime().dealPorts().exchangeRates();
        QuoteTotals all = new QuoteTotals();
        Map<QuoteStatus, QuoteTotals.Converted> converted = new EnumMap<>(QuoteStatus.class);
        byStatus.forEach((status, totals) -> {
            converted.put(status, totals.convert(currency, rates));
            all.addAll(totals);
        });
        return new QuoteSummary(query.period(), currency, all.convert(currency, rates), converted);
    }

    private Quote load(QuoteId quoteId) {
        return quotes.find(sales.tenant(), quoteId).orElseThrow(() -> new NotFoundException(RECORD_TYPE, quoteId));
    }

    private Quote loadForUpdate(QuoteId quoteId) {
        Quote quote = load(quoteId);
        sales.require(Action.UPDATE, RECORD_TYPE, quoteId, quote.view().ownerId());
        return quote;
    }
}
