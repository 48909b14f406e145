package org.smartbizflow.crm.core.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.contract.ContractChange;
import org.smartbizflow.crm.sales.contract.ContractId;
import org.smartbizflow.crm.sales.contract.ContractStatus;
import org.smartbizflow.crm.sales.contract.ContractView;
import org.smartbizflow.crm.sales.contract.RenewalTerms;
import org.smartbizflow.crm.sales.contract.port.in.CreateContractFromDeal;
import org.smartbizflow.crm.sales.contract.port.in.CreateContractFromQuote;
import org.smartbizflow.crm.sales.contract.port.in.RenewalOutcome;
import org.smartbizflow.crm.sales.lineitem.Discount;
import org.smartbizflow.crm.sales.lineitem.LineItemId;
import org.smartbizflow.crm.sales.lineitem.LineItemsView;
import org.smartbizflow.crm.sales.lineitem.port.in.AddLineItem;
import org.smartbizflow.crm.sales.lineitem.port.in.ChangeLineItem;
import org.smartbizflow.crm.sales.port.in.Sales;
import org.smartbizflow.crm.sales.product.PriceBookId;
import org.smartbizflow.crm.sales.product.ProductId;
import org.smartbizflow.crm.sales.product.port.in.CreatePriceBook;
import org.smartbizflow.crm.sales.product.port.in.DefineProduct;
import org.smartbizflow.crm.sales.product.port.in.SetListPrice;
import org.smartbizflow.crm.sales.proposal.ProposalChange;
import org.smartbizflow.crm.sales.proposal.ProposalId;
import org.smartbizflow.crm.sales.proposal.ProposalStatus;
import org.smartbizflow.crm.sales.proposal.port.in.AddProposalVersion;
import org.smartbizflow.crm.sales.proposal.port.in.CreateProposal;
import org.smartbizflow.crm.sales.quote.QuoteFormat;
import org.smartbizflow.crm.sales.quote.QuoteId;
import org.smartbizflow.crm.sales.quote.QuoteStatus;
import org.smartbizflow.crm.sales.quote.QuoteTransition;
import org.smartbizflow.crm.sales.quote.QuoteView;
import org.smartbizflow.crm.sales.quote.RenderedQuote;
import org.smartbizflow.crm.sales.quote.port.in.AcceptQuote;
import org.smartbizflow.crm.sales.quote.port.in.CreateQuote;
import org.smartbizflow.crm.sales.quote.port.in.ReviseQuote;
import org.smartbizflow.crm.shared.AccessDeniedException;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Percentage;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/** The sales use cases end to end on the in-memory store, with a clock the test moves. */
class SalesUseCasesTest {

    private static final TenantId ACME = TenantId.of("acme");
    private static final Currency EUR = Currency.getInstance("EUR");

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    private final MovableClock clock = new MovableClock();
    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final List<String> events = new ArrayList<>();
    private final Crm crm = Crm.builder().persistence(store).clock(clock).accessPolicy(AccessPolicies.ownerOrManager())
            .events(envelope -> events.add(envelope.event().type())).build();
    private final Sales manager = crm.session(ACME, Actor.user("mgr-mary", Role.SALES_MANAGER)).sales();
    private final Sales rep = crm.session(ACME, Actor.user("rep-ada", Role.SALES_REP)).sales();
    private final Sales otherRep = crm.session(ACME, Actor.user("rep-grace", Role.SALES_REP)).sales();
    private final OpportunityId deal = OpportunityId.of(java.util.UUID.randomUUID());

    private ProductId engine;

    private void catalogue() {
        engine = manager.catalog().defineProduct(new DefineProduct("ENG-1", "Engine retrofit", null));
        PriceBookId standard = manager.catalog().createPriceBook(new CreatePriceBook("Standard", true));
        manager.catalog().setListPrice(new SetListPrice(standard, engine, Money.of("1200.50", "EUR"),
                LocalDate.parse("2026-01-01"), null));
        manager.catalog().setListPrice(new SetListPrice(standard, engine, Money.of("1300.00", "EUR"),
                LocalDate.parse("2026-04-01"), null));
    }

    private LineItemId addEngines() {
        return rep.lineItems().add(AddLineItem.product(deal, engine, new BigDecimal("3"), EUR)
                .withDiscount(Discount.percent("10")).withTaxRate(Percentage.of(19)));
    }

    private QuoteId sentQuote(LocalDate validUntil) {
        QuoteId quote = rep.quotes().create(new CreateQuote(deal, validUntil));
        assertThat(rep.quotes().send(quote)).isEqualTo(new QuoteTransition.Changed(QuoteStatus.DRAFT, QuoteStatus.SENT));
        return quote;
    }

    @Test
    void lineItemsArePricedFromTheStandardBookOnTheDayAndTotalExactly() {
        catalogue();
        LineItemId engines = addEngines();
        rep.lineItems().add(new AddLineItem(deal, null, "Travel & <expenses>", BigDecimal.ONE, Money.of("99.99", "EUR"),
                null, Discount.amount(Money.of("9.99", "EUR")), Percentage.of(0)));

        LineItemsView lines = rep.lineItems().lineItems(deal).orElseThrow();
        assertThat(lines.lines().get(0).unitPrice()).isEqualTo(Money.of("1200.50", "EUR"));
        // 3 x 1200.50 = 3601.50, less 10% = 3241.35, 19% tax = 615.86 (615.8565 half-even)
        assertThat(lines.lines().get(0).net()).isEqualTo(Money.of("3241.35", "EUR"));
        assertThat(lines.lines().get(0).tax()).isEqualTo(Money.of("615.86", "EUR"));
        assertThat(lines.totals().net()).isEqualTo(Money.of("3331.35", "EUR"));
        assertThat(lines.totals().total()).isEqualTo(Money.of("3947.21", "EUR"));

        rep.lineItems().change(new ChangeLineItem(deal, engines, new BigDecimal("2"), null, null, null));
        assertThat(rep.lineItems().lineItems(deal).orElseThrow().totals().net()).isEqualTo(Money.of("2250.90", "EUR"));
        assertThat(store.auditLog().history(ACME, "LineItem", deal.toString())).extracting(AuditEntry::field)
                .contains("line." + engines);

        clock.advance(Duration.ofDays(40)); // April: the new list price applies
        rep.lineItems().add(AddLineItem.product(deal, engine, BigDecimal.ONE, EUR));
        assertThat(rep.lineItems().lineItems(deal).orElseThrow().lines().get(2).unitPrice())
                .isEqualTo(Money.of("1300.00", "EUR"));
    }

    @Test
    void badLinesAreRefusedNamingTheField() {
        catalogue();
        assertThatThrownBy(() -> rep.lineItems().add(AddLineItem.product(deal, engine, BigDecimal.ONE,
                Currency.getInstance("USD"))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("unitPrice"));
        assertThatThrownBy(() -> rep.lineItems().add(AddLineItem.product(deal, engine, new BigDecimal("-1"), EUR)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("quantity"));
        addEngines();
        assertThatThrownBy(() -> rep.lineItems().add(new AddLineItem(deal, null, "Dollars", BigDecimal.ONE,
                Money.of("5", "USD"), null, null, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("EUR");
        assertThat(rep.lineItems().lineItems(deal).orElseThrow().lines()).hasSize(1);
    }

    @Test
    void quotesAreNumberedRevisedAfterSendingAndOnlyOneIsAccepted() {
        catalogue();
        addEngines();
        QuoteId first = sentQuote(LocalDate.parse("2026-03-31"));
        QuoteId second = rep.quotes().create(new CreateQuote(deal, LocalDate.parse("2026-03-31")));
        assertThat(rep.quotes().quote(first).number().value()).isEqualTo(1);
        assertThat(rep.quotes().quote(second).number().value()).isEqualTo(2);

        // a change after sending makes a new revision; the sent one stays in the history
        rep.lineItems().add(new AddLineItem(deal, null, "Installation", BigDecimal.ONE, Money.of("500.00", "EUR"), null,
                null, null));
        assertThat(rep.quotes().revise(new ReviseQuote(first, LocalDate.parse("2026-04-15"))))
                .isEqualTo(new QuoteTransition.Changed(QuoteStatus.SENT, QuoteStatus.DRAFT));
        QuoteView revised = rep.quotes().quote(first);
        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.lines()).hasSize(2);
        assertThat(revised.history()).singleElement().satisfies(h -> {
            assertThat(h.lines()).hasSize(1);
            assertThat(h.status()).isEqualTo(QuoteStatus.SENT);
        });
        assertThat(rep.quotes().accept(AcceptQuote.of(first))).isInstanceOf(QuoteTransition.Refused.class);
        rep.quotes().send(first);
        assertThat(rep.quotes().accept(AcceptQuote.of(first).markingDealWon()))
                .isEqualTo(new QuoteTransition.Changed(QuoteStatus.SENT, QuoteStatus.ACCEPTED));

        rep.quotes().send(second);
        QuoteTransition refused = rep.quotes().accept(AcceptQuote.of(second));
        assertThat(refused).isInstanceOfSatisfying(QuoteTransition.Refused.class,
                r -> assertThat(r.reason()).contains("already has an accepted quote"));
        assertThat(rep.quotes().revise(new ReviseQuote(first, null))).isInstanceOf(QuoteTransition.Refused.class);
        assertThat(rep.quotes().quotesOf(deal)).extracting(QuoteView::status)
                .containsExactly(QuoteStatus.SENT, QuoteStatus.ACCEPTED);
        assertThat(events).contains("QuoteCreated", "QuoteRevised", "QuoteStatusChanged");
        assertThat(store.auditLog().history(ACME, "Quote", first.toString())).extracting(AuditEntry::newValue)
                .contains("SENT", "DRAFT", "ACCEPTED", "2");
    }

    @Test
    void sentQuotesExpireByDateThroughTheClock() {
        catalogue();
        addEngines();
        QuoteId shortLived = sentQuote(LocalDate.parse("2026-03-05"));
        QuoteId longLived = sentQuote(LocalDate.parse("2026-03-31"));
        QuoteId draft = rep.quotes().create(new CreateQuote(deal, LocalDate.parse("2026-03-03")));

        assertThat(manager.quotes().expireOverdue()).isZero();
        clock.advance(Duration.ofDays(3)); // 2026-03-05: still valid through today
        assertThat(manager.quotes().expireOverdue()).isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(rep.quotes().accept(AcceptQuote.of(shortLived))).isInstanceOfSatisfying(QuoteTransition.Refused.class,
                r -> assertThat(r.reason()).contains("expired"));
        assertThat(manager.quotes().expireOverdue()).isEqualTo(1);
        assertThat(rep.quotes().quote(shortLived).status()).isEqualTo(QuoteStatus.EXPIRED);
        assertThat(rep.quotes().quote(longLived).status()).isEqualTo(QuoteStatus.SENT);
        assertThat(rep.quotes().quote(draft).status()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(rep.quotes().send(draft)).isInstanceOf(QuoteTransition.Refused.class);
        // an expired quote may be revised with a new date and sent again
        assertThat(rep.quotes().revise(new ReviseQuote(shortLived, LocalDate.parse("2026-04-30"))))
                .isInstanceOf(QuoteTransition.Changed.class);
        assertThat(rep.quotes().send(shortLived)).isInstanceOf(QuoteTransition.Changed.class);
    }

    @Test
    void aRefusedQuoteGivesItsNumberBack() {
        catalogue();
        addEngines();
        assertThatThrownBy(() -> rep.quotes().create(new CreateQuote(deal, LocalDate.parse("2026-03-01"))))
                .isInstanceOf(ValidationException.class);
        assertThat(rep.quotes().quote(rep.quotes().create(new CreateQuote(deal, LocalDate.parse("2026-03-02"))))
                .number().value()).isEqualTo(1);
    }

    @Test
    void theDefaultRendererEscapesEverythingTheUserTyped() {
        catalogue();
        rep.lineItems().add(new AddLineItem(deal, null, "<script>alert('x')</script> & \"more\"", BigDecimal.ONE,
                Money.of("10.00", "EUR"), null, null, Percentage.of(20)));
        QuoteId quote = rep.quotes().create(new CreateQuote(deal, LocalDate.parse("2026-03-31")));

        RenderedQuote html = rep.quotes().render(quote, QuoteFormat.HTML);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.fileName()).isEqualTo("Q-000001-r1.html");
        assertThat(html.content()).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
                .contains("12.00 EUR");
        RenderedQuote text = rep.quotes().render(quote, QuoteFormat.TEXT);
        assertThat(text.content()).contains("Quote Q-000001 rev. 1").contains("<script>").contains("12.00 EUR");
        assertThatThrownBy(() -> otherRep.quotes().render(quote, QuoteFormat.HTML)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aHostRendererReplacesTheDefault() {
        Crm custom = Crm.builder().persistence(store).clock(clock)
                .quoteRenderer((q, format) -> new RenderedQuote("application/pdf", q.number() + ".pdf", "PDF of " + q.reference()))
                .build();
        Sales sales = custom.session(ACME, Actor.system()).sales();
        sales.lineItems().add(new AddLineItem(deal, null, "Thing", BigDecimal.ONE, Money.of("1.00", "EUR"), null, null, null));
        QuoteId quote = sales.quotes().create(new CreateQuote(deal, LocalDate.parse("2026-03-31")));
        assertThat(sales.quotes().render(quote, QuoteFormat.HTML).content()).isEqualTo("PDF of Q-000001 rev. 1");
    }

    @Test
    void contractsComeFromAcceptedQuotesOrWonDealsAndRenewWithTheirTerms() {
        catalogue();
        addEngines();
        QuoteId quote = sentQuote(LocalDate.parse("2026-03-31"));
        CreateContractFromQuote fromQuote = new CreateContractFromQuote(quote, "Retrofit support",
                LocalDate.parse("2026-04-01"), LocalDate.parse("2027-03-31"), RenewalTerms.autoRenew(30));
        assertThatThrownBy(() -> rep.contracts().createFromQuote(fromQuote)).isInstanceOf(ValidationException.class);
        rep.quotes().accept(AcceptQuote.of(quote));
        ContractId contract = rep.contracts().createFromQuote(fromQuote);
        ContractView view = rep.contracts().contract(contract);
        assertThat(view.value()).isEqualTo(Money.of("3241.35", "EUR"));
        assertThat(view.quoteId()).isEqualTo(quote);
        assertThat(view.renewalDueOn()).isEqualTo(LocalDate.parse("2027-03-01"));

        ContractId other = rep.contracts().createFromDeal(new CreateContractFromDeal(OpportunityId.of(java.util.UUID.randomUUID()),
                "Maintenance", Money.of("900.00", "EUR"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"),
                RenewalTerms.manual(90)));

        assertThat(manager.contracts().dueForRenewal(30, 10)).extracting(ContractView::id).containsExactly(other);
        assertThat(manager.contracts().dueForRenewal(365, 10)).extracting(ContractView::id).containsExactly(other, contract);
        assertThat(rep.contracts().dueForRenewal(365, 10)).hasSize(2);
        assertThat(otherRep.contracts().dueForRenewal(365, 10)).isEmpty();

        RenewalOutcome renewed = rep.contracts().renew(contract, Money.of("3500.00", "EUR"));
        assertThat(renewed).isInstanceOfSatisfying(RenewalOutcome.Renewed.class, r -> {
            ContractView next = rep.contracts().contract(r.next());
            assertThat(next.startDate()).isEqualTo(LocalDate.parse("2027-04-01"));
            assertThat(next.endDate()).isEqualTo(LocalDate.parse("2028-03-31"));
            assertThat(next.value()).isEqualTo(Money.of("3500.00", "EUR"));
            assertThat(next.renewalOf()).isEqualTo(contract);
            assertThat(next.terms()).isEqualTo(RenewalTerms.autoRenew(30));
            assertThat(r.renewalOpportunity()).isNull();
        });
        assertThat(rep.contracts().contract(contract).status()).isEqualTo(ContractStatus.RENEWED);
        assertThat(rep.contracts().renew(contract, null)).isInstanceOf(RenewalOutcome.Refused.class);
        assertThat(rep.contracts().terminate(other)).isEqualTo(new ContractChange.Changed(ContractStatus.ACTIVE,
                ContractStatus.TERMINATED));
        assertThat(rep.contracts().contractsOf(deal)).hasSize(2);
        assertThat(events).contains("ContractCreated", "ContractStatusChanged");
    }

    @Test
    void proposalsKeepEveryVersionAndRefuseIllegalMoves() {
        ProposalId proposal = rep.proposals().create(new CreateProposal(deal, "Retrofit proposal", "dms://p/1",
                "retrofit.pdf", null));
        assertThat(rep.proposals().changeStatus(proposal, ProposalStatus.SENT))
                .isEqualTo(new ProposalChange.Changed(ProposalStatus.DRAFT, ProposalStatus.SENT));
        assertThat(rep.proposals().addVersion(new AddProposalVersion(proposal, "dms://p/2", "retrofit-v2.pdf",
                "lower price"))).isEqualTo(new ProposalChange.Changed(ProposalStatus.SENT, ProposalStatus.DRAFT));
        rep.proposals().changeStatus(proposal, ProposalStatus.SENT);
        rep.proposals().changeStatus(proposal, ProposalStatus.ACCEPTED);
        assertThat(rep.proposals().changeStatus(proposal, ProposalStatus.WITHDRAWN))
                .isInstanceOf(ProposalChange.Refused.class);
        assertThat(rep.proposals().addVersion(new AddProposalVersion(proposal, "dms://p/3", "late.pdf", null)))
                .isInstanceOf(ProposalChange.Refused.class);
        assertThat(rep.proposals().proposal(proposal).versions()).extracting(v -> v.fileName())
                .containsExactly("retrofit.pdf", "retrofit-v2.pdf");
        assertThat(rep.proposals().proposalsOf(deal)).hasSize(1);
        assertThatThrownBy(() -> otherRep.proposals().proposal(proposal)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rep.proposals().create(new CreateProposal(deal, " ", "dms://x", "x.pdf", null)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyManagersChangeTheCatalogue() {
        assertThatThrownBy(() -> rep.catalog().defineProduct(new DefineProduct("X-1", "X", null)))
                .isInstanceOf(AccessDeniedException.class);
        ProductId product = manager.catalog().defineProduct(new DefineProduct("X-1", "X", null));
        assertThat(rep.catalog().product(product).sku()).isEqualTo("X-1");
        assertThatThrownBy(() -> manager.catalog().defineProduct(new DefineProduct("X-1", "Again", null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("sku"));
        manager.catalog().retireProduct(product);
        assertThatThrownBy(() -> rep.lineItems().add(new AddLineItem(deal, product, null, BigDecimal.ONE,
                Money.of("1.00", "EUR"), null, null, null))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("retired");
    }
}
