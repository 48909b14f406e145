package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.sales.quote.Quote;
import org.smartbizflow.crm.sales.quote.QuoteFilter;
import org.smartbizflow.crm.sales.quote.QuoteNumber;
import org.smartbizflow.crm.sales.quote.QuoteStatus;
import org.smartbizflow.crm.sales.quote.QuoteView;
import org.smartbizflow.crm.sales.quote.port.out.QuoteRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;

/**
 * What every {@link QuoteRepository} must do: every field and the revision history back,
 * tenant scope, optimistic versions, gap-free numbers under concurrency, one accepted quote
 * per deal enforced by the store, and the overdue query.
 */
public abstract class QuoteRepositoryContract {

    protected abstract CrmPersistence persistence();

    private CrmPersistence store;
    private TenantId tenant;

    @BeforeEach
    void openStore() {
        store = persistence();
        tenant = LeadFixtures.freshTenant();
    }

    private <T> T tx(Supplier<T> work) {
        return store.transactions().inTransaction(work);
    }

    private void txRun(Runnable work) {
        store.transactions().inTransaction(work);
    }

    private QuoteRepository quotes() {
        return store.quotes();
    }

    private Quote stored(OpportunityId deal, long number, LocalDate validUntil) {
        Quote quote = SalesFixtures.quote(tenant, deal, number, validUntil);
        txRun(() -> quotes().insert(quote));
        return tx(() -> quotes().find(tenant, quote.id()).orElseThrow());
    }

    @Test
    void storesAndLoadsEveryFieldWithTheRevisionHistory() {
        Quote quote = stored(SalesFixtures.deal(), 1, SalesFixtures.TODAY.plusDays(30));
        QuoteView original = quote.view();
        assertThat(original.version()).isZero();
        assertThat(original.status()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(original.lines()).hasSize(3);

        quote.send(SalesFixtures.REP, SalesFixtures.NOW.plusSeconds(60), SalesFixtures.TODAY);
        txRun(() -> quotes().update(quote));
        Quote sent = tx(() -> quotes().find(tenant, quote.id()).orElseThrow());
        sent.revise(List.of(SalesFixtures.line("Extra", "99.99")), SalesFixtures.TODAY.plusDays(45), SalesFixtures.REP,
                SalesFixtures.NOW.plusSeconds(120), SalesFixtures.TODAY);
        txRun(() -> quotes().update(sent));

        QuoteView loaded = tx(() -> quotes().find(tenant, quote.id()).orElseThrow()).view();
        assertThat(loaded).isEqualTo(sent.view().withVersion(2));
        assertThat(loaded.revision()).isEqualTo(2);
        assertThat(loaded.history()).singleElement().satisfies(previous -> {
            assertThat(previous.revision()).isEqualTo(1);
            assertThat(previous.status()).isEqualTo(QuoteStatus.SENT);
            assertThat(previous.lines()).isEqualTo(original.lines());
            assertThat(previous.sentAt()).isEqualTo(SalesFixtures.NOW.plusSeconds(60));
        });
        assertThat(loaded.totals().total().toString()).isEqualTo("99.99 EUR");
    }

    @Test
    void aQuoteLoadsExactlyAsItWasStored() {
        Quote quote = SalesFixtures.quote(tenant, SalesFixtures.deal(), 7, SalesFixtures.TODAY.plusDays(10));
        txRun(() -> quotes().insert(quote));
        assertThat(tx(() -> quotes().find(tenant, quote.id())).orElseThrow().view()).isEqualTo(quote.view());
    }

    @Test
    void anotherTenantNeverSeesTheQuote() {
        Quote quote = stored(SalesFixtures.deal(), 1, SalesFixtures.TODAY);
        TenantId other = LeadFixtures.freshTenant();
        assertThat(tx(() -> quotes().find(other, quote.id()))).isEmpty();
        assertThat(tx(() -> quotes().listByOpportunity(other, quote.opportunityId()))).isEmpty();
    }

    @Test
    void aStaleUpdateIsRefusedAndChangesNothing() {
        Quote first = stored(SalesFixtures.deal(), 1, SalesFixtures.TODAY.plusDays(5));
        Quote second = tx(() -> quotes().find(tenant, first.id()).orElseThrow());
        first.send(SalesFixtures.REP, SalesFixtures.NOW, SalesFixtures.TODAY);
        txRun(() -> quotes().update(first));
        second.send(SalesFixtures.REP, SalesFixtures.NOW, SalesFixtures.TODAY);
        second.reject(SalesFixtures.REP, SalesFixtures.NOW);
        assertThatThrownBy(() -> txRun(() -> quotes().update(second))).isInstanceOf(ConcurrencyConflictException.class);
        assertThat(tx(() -> quotes().find(tenant, first.id())).orElseThrow().status()).isEqualTo(QuoteStatus.SENT);
    }

    @Test
    void numbersStartAtOnePerTenantAndARolledBackNumberIsGivenBack() {
        assertThat(tx(() -> quotes().nextNumber(tenant))).isEqualTo(QuoteNumber.of(1));
        assertThat(tx(() -> quotes().nextNumber(tenant))).isEqualTo(QuoteNumber.of(2));
        assertThatThrownBy(() -> txRun(() -> {
            assertThat(quotes().nextNumber(tenant)).isEqualTo(QuoteNumber.of(3));
            throw new IllegalStateException("the quote could not be stored");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tx(() -> quotes().nextNumber(tenant))).isEqualTo(QuoteNumber.of(3));
        assertThat(tx(() -> quotes().nextNumber(LeadFixtures.freshTenant()))).isEqualTo(QuoteNumber.of(1));
    }

    @Test
    void concurrentCallersGetEveryNumberExactlyOnce() throws Exception {
        int threads = 4;
        int perThread = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<Long>> worker = () -> {
                    List<Long> taken = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        taken.add(tx(() -> {
                            QuoteNumber number = quotes().nextNumber(tenant);
                            quotes().insert(SalesFixtures.quote(tenant, SalesFixtures.deal(), number.value(),
                                    SalesFixtures.TODAY));
                            return number.value();
                        }));
                    }
                    return taken;
                };
                results.add(pool.submit(worker));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(
                    LongStream.rangeClosed(1, (long) threads * perThread).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theStoreRefusesASecondAcceptedQuoteForOneDeal() {
        OpportunityId deal = SalesFixtures.deal();
        Quote first = stored(deal, 1, SalesFixtures.TODAY.plusDays(5));
        Quote second = stored(deal, 2, SalesFixtures.TODAY.plusDays(5));
        for (Quote quote : List.of(first, second)) {
            quote.send(SalesFixtures.REP, SalesFixtures.NOW, SalesFixtures.TODAY);
            quote.accept(SalesFixtures.REP, SalesFixtures.NOW, SalesFixtures.TODAY);
        }
        txRun(() -> quotes().update(first));
        assertThatThrownBy(() -> txRun(() -> quotes().update(second))).isInstanceOf(ConcurrencyConflictException.class);

        assertThat(tx(() -> quotes().findAccepted(tenant, deal))).hasValueSatisfying(q -> assertThat(q.id()).isEqualTo(first.id()));
        assertThat(tx(() -> quotes().find(tenant, second.id())).orElseThrow().status()).isEqualTo(QuoteStatus.DRAFT);
        // another deal may have its own accepted quote
        Quote other = stored(SalesFixtures.deal(), 3, SalesFixtures.TODAY.plusDays(5));
        other.send(SalesFixtures.REP, SalesFixtures.NOW, SalesFixtures.TODAY);
        other.accept(SalesFixtures.REP, SalesFixtures.NOW, SalesFixtures.TODAY);
        txRun(() -> quotes().update(other));
        assertThat(tx(() -> quotes().findAccepted(tenant, other.opportunityId()))).isPresent();
    }

    @Test
    void listsADealsQuotesNewestNumberFirst() {
        OpportunityId deal = SalesFixtures.deal();
        stored(deal, 2, SalesFixtures.TODAY);
        stored(deal, 5, SalesFixtures.TODAY);
        stored(SalesFixtures.deal(), 9, SalesFixtures.TODAY);
        stored(deal, 3, SalesFixtures.TODAY);
        assertThat(tx(() -> quotes().listByOpportunity(tenant, deal))).extracting(q -> q.number().value())
                .containsExactly(5L, 3L, 2L);
        assertThat(tx(() -> quotes().findAccepted(tenant, deal))).isEmpty();
    }

    @Test
    void findsOnlySentQuotesWhoseValidityHasPassedOldestFirst() {
        LocalDate today = SalesFixtures.TODAY.plusDays(10);
        Quote lapsedLate = sent(SalesFixtures.TODAY.plusDays(8));
        Quote lapsedEarly = sent(SalesFixtures.TODAY.plusDays(2));
        sent(today); // valid through today
        stored(SalesFixtures.deal(), 4, SalesFixtures.TODAY); // a draft never expires
        Quote lapsedMiddle = sent(SalesFixtures.TODAY.plusDays(5));

        assertThat(tx(() -> quotes().findOverdue(tenant, today, 10))).extracting(QuoteView::id)
                .containsExactly(lapsedEarly.id(), lapsedMiddle.id(), lapsedLate.id());
        assertThat(tx(() -> quotes().findOverdue(tenant, today, 2))).extracting(QuoteView::id)
                .containsExactly(lapsedEarly.id(), lapsedMiddle.id());
        assertThat(tx(() -> quotes().findOverdue(LeadFixtures.freshTenant(), today, 10))).isEmpty();
    }

    private long numbers = 100;

    private Quote sent(LocalDate validUntil) {
        Quote quote = stored(SalesFixtures.deal(), numbers++, validUntil);
        quote.send(SalesFixtures.REP, SalesFixtures.NOW, SalesFixtures.TODAY);
        txRun(() -> quotes().update(quote));
        return quote;
    }

    @Test
    void searchesByStatusOwnerAndQuoteDateInKeysetPages() {
        java.time.Instant day = SalesFixtures.NOW;
        Quote draft = stored(SalesFixtures.deal(), 1, SalesFixtures.TODAY.plusDays(30));
        Quote sentLater = stored(SalesFixtures.deal(), 2, SalesFixtures.TODAY.plusDays(30));
        sentLater.send(SalesFixtures.REP, day.plusSeconds(86_400), SalesFixtures.TODAY);
        Quote accepted = stored(SalesFixtures.deal(), 3, SalesFixtures.TODAY.plusDays(30));
        accepted.send(SalesFixtures.REP, day.plusSeconds(3_600), SalesFixtures.TODAY);
        accepted.accept(SalesFixtures.REP, day.plusSeconds(5 * 86_400), SalesFixtures.TODAY);
        txRun(() -> {
            quotes().update(sentLater);
            quotes().update(accepted);
        });
        Quote elsewhere = SalesFixtures.quote(LeadFixtures.freshTenant(), SalesFixtures.deal(), 1,
                SalesFixtures.TODAY.plusDays(30));
        txRun(() -> quotes().insert(elsewhere));

        assertThat(tx(() -> quotes().search(tenant, QuoteFilter.any(), PageRequest.first(10))).items())
                .extracting(QuoteView::id).containsExactlyInAnyOrder(draft.id(), sentLater.id(), accepted.id());
        assertThat(tx(() -> quotes().search(tenant, QuoteFilter.any().withStatuses(java.util.Set.of(QuoteStatus.ACCEPTED,
                QuoteStatus.SENT)), PageRequest.first(10))).items()).extracting(QuoteView::id)
                .containsExactlyInAnyOrder(sentLater.id(), accepted.id());
        // dated by decision, else sending, else making: only the sent quote falls on the second day
        assertThat(tx(() -> quotes().search(tenant, QuoteFilter.any().datedBetween(day.plusSeconds(3_600),
                day.plusSeconds(2 * 86_400)), PageRequest.first(10))).items()).extracting(QuoteView::id)
                .containsExactly(sentLater.id());
        assertThat(tx(() -> quotes().search(tenant, QuoteFilter.any().datedBetween(day, day.plusSeconds(1)),
                PageRequest.first(10))).items()).extracting(QuoteView::id).containsExactly(draft.id());
        assertThat(tx(() -> quotes().search(tenant, QuoteFilter.any().withOwners(java.util.Set.of(
                org.smartbizflow.crm.shared.UserId.of("someone-else"))), PageRequest.first(10))).items()).isEmpty();
        assertThat(tx(() -> quotes().search(tenant, QuoteFilter.any(), PageRequest.first(10))).items())
                .filteredOn(q -> q.id().equals(accepted.id())).singleElement()
                .satisfies(q -> assertThat(q.totals()).isEqualTo(accepted.view().totals()));

        java.util.List<QuoteView> paged = new java.util.ArrayList<>();
        PageRequest page = PageRequest.first(2);
        while (true) {
            PageRequest current = page;
            org.smartbizflow.crm.shared.Page<QuoteView> batch = tx(() -> quotes().search(tenant, QuoteFilter.any(), current));
            paged.addAll(batch.items());
            if (batch.nextCursor().isEmpty()) {
                break;
            }
            page = page.next(batch.nextCursor().get());
        }
        assertThat(paged).extracting(QuoteView::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(draft.id(), sentLater.id(), accepted.id());
    }
}
