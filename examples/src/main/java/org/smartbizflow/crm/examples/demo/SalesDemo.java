package org.smartbizflow.crm.examples.demo;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.contract.ContractId;
import org.smartbizflow.crm.sales.contract.ContractView;
import org.smartbizflow.crm.sales.contract.RenewalTerms;
import org.smartbizflow.crm.sales.contract.port.in.CreateContractFromQuote;
import org.smartbizflow.crm.sales.contract.port.in.RenewalOutcome;
import org.smartbizflow.crm.sales.lineitem.Discount;
import org.smartbizflow.crm.sales.lineitem.LineTotals;
import org.smartbizflow.crm.sales.lineitem.port.in.AddLineItem;
import org.smartbizflow.crm.sales.port.in.Sales;
import org.smartbizflow.crm.sales.product.PriceBookId;
import org.smartbizflow.crm.sales.product.ProductId;
import org.smartbizflow.crm.sales.product.port.in.CreatePriceBook;
import org.smartbizflow.crm.sales.product.port.in.DefineProduct;
import org.smartbizflow.crm.sales.product.port.in.SetListPrice;
import org.smartbizflow.crm.sales.proposal.ProposalId;
import org.smartbizflow.crm.sales.proposal.ProposalStatus;
import org.smartbizflow.crm.sales.proposal.port.in.AddProposalVersion;
import org.smartbizflow.crm.sales.proposal.port.in.CreateProposal;
import org.smartbizflow.crm.sales.quote.QuoteFormat;
import org.smartbizflow.crm.sales.quote.QuoteId;
import org.smartbizflow.crm.sales.quote.QuoteTotals;
import org.smartbizflow.crm.sales.quote.QuoteView;
import org.smartbizflow.crm.sales.quote.port.in.AcceptQuote;
import org.smartbizflow.crm.sales.quote.port.in.CreateQuote;
import org.smartbizflow.crm.sales.quote.port.in.ReviseQuote;
import org.smartbizflow.crm.sales.quote.port.in.SummarizeQuotes;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Percentage;

/**
 * The demo's sales part: catalogue and price book, a deal's line items, a quote sent, revised
 * and accepted, a proposal with two versions, and the contract with its renewal.
 */
public final class SalesDemo {

    private static final Currency EUR = Currency.getInstance("EUR");

    private SalesDemo() {
    }

    /**
     * Runs the walk-through as a manager (catalogue) and a sales rep (everything else).
     *
     * @param manager a session allowed to change the catalogue
     * @param rep     the sales rep's session
     * @param clock   the host's clock, for the dates the demo picks
     * @param out     where to print what happened
     */
    public static void run(CrmSession manager, CrmSession rep, Clock clock, PrintStream out) {
        LocalDate today = LocalDate.now(clock);
        Sales sales = rep.sales();

        out.println("== Sales: catalogue and standard price book");
        ProductId engine = manager.sales().catalog().productBySku("ENG-RETRO")
                .map(p -> p.id())
                .orElseGet(() -> manager.sales().catalog().defineProduct(
                        new DefineProduct("ENG-RETRO", "Engine retrofit kit", "Brass gears, steam-tight")));
        if (manager.sales().catalog().standardPriceBook().isEmpty()) {
            PriceBookId standard = manager.sales().catalog().createPriceBook(new CreatePriceBook("Standard", true));
            manager.sales().catalog().setListPrice(new SetListPrice(standard, engine, Money.of("1200.50", "EUR"),
                    today.minusDays(30), null));
        }
        out.println("   ENG-RETRO lists at " + manager.sales().catalog().listPrice(engine, EUR, today).orElseThrow());

        out.println("== Sales: line items on a deal (totals exact, half-even at the currency's scale)");
        OpportunityId deal = OpportunityId.of(UUID.randomUUID());
        sales.lineItems().add(AddLineItem.product(deal, engine, new BigDecimal("3"), EUR)
                .withDiscount(Discount.percent("10")).withTaxRate(Percentage.of(19)));
        printTotals(out, sales.lineItems().lineItems(deal).orElseThrow().totals());

        out.println("== Sales: a quote, sent, revised after a change, accepted");
        QuoteId quote = sales.quotes().create(new CreateQuote(deal, today.plusDays(30)));
        out.println("   created " + sales.quotes().quote(quote).reference() + ", send: " + sales.quotes().send(quote));
        sales.lineItems().add(new AddLineItem(deal, null, "Installation <on site>", BigDecimal.ONE,
                Money.of("450.00", "EUR"), null, null, Percentage.of(19)));
        out.println("   revise: " + sales.quotes().revise(new ReviseQuote(quote, null)));
        out.println("   send: " + sales.quotes().send(quote));
        QuoteView sent = sales.quotes().quote(quote);
        out.println("   " + sent.reference() + " total " + sent.totals().total() + " (" + sent.history().size()
                + " earlier revision kept)");
        String html = sales.quotes().render(quote, QuoteFormat.HTML).content();
        out.println("   rendered HTML escapes the description: "
                + html.contains("Installation &lt;on site&gt;"));
        out.println("   accept: " + sales.quotes().accept(AcceptQuote.of(quote).markingDealWon()));
        QuoteId late = sales.quotes().create(new CreateQuote(deal, today.plusDays(30)));
        sales.quotes().send(late);
        out.println("   a second quote for the deal: " + sales.quotes().accept(AcceptQuote.of(late)));
        QuoteTotals.Converted acceptedThisMonth = sales.quotes().summarize(SummarizeQuotes.accepted(
                DateRange.month(today.getYear(), today.getMonthValue()))).all();
        out.println("   accepted this month: " + acceptedThisMonth.count() + " quote(s), net " + acceptedThisMonth.net());

        out.println("== Sales: a proposal with its version history");
        ProposalId proposal = sales.proposals().create(new CreateProposal(deal, "Retrofit proposal",
                "dms://proposals/retrofit-1", "retrofit.pdf", null));
        sales.proposals().changeStatus(proposal, ProposalStatus.SENT);
        sales.proposals().addVersion(new AddProposalVersion(proposal, "dms://proposals/retrofit-2", "retrofit-v2.pdf",
                "installation added"));
        out.println("   proposal " + sales.proposals().proposal(proposal).status() + " with versions "
                + sales.proposals().proposal(proposal).versions().stream().map(v -> v.fileName()).toList());

        out.println("== Sales: the contract and its renewal");
        ContractId contract = sales.contracts().createFromQuote(new CreateContractFromQuote(quote,
                "Retrofit support", today, today.plusYears(1).minusDays(1), RenewalTerms.autoRenew(60)));
        ContractView signed = sales.contracts().contract(contract);
        out.println("   contract worth " + signed.value() + " from " + signed.startDate() + " to " + signed.endDate()
                + ", renewal due " + signed.renewalDueOn());
        out.println("   due for renewal within a year: " + sales.contracts().dueForRenewal(366, 10).stream()
                .anyMatch(c -> c.id().equals(contract)));
        RenewalOutcome renewal = sales.contracts().renew(contract, null);
        if (renewal instanceof RenewalOutcome.Renewed renewed) {
            ContractView next = sales.contracts().contract(renewed.next());
            out.println("   renewed: next term " + next.startDate() + " to " + next.endDate()
                    + (renewed.renewalOpportunity() == null ? "" : ", renewal deal " + renewed.renewalOpportunity()));
        } else {
            out.println("   renewal refused: " + renewal);
        }
    }

    private static void printTotals(PrintStream out, LineTotals totals) {
        out.println("   gross " + totals.gross() + ", discount " + totals.discount() + ", net " + totals.net()
                + ", tax " + totals.tax() + ", total " + totals.total());
    }
}
