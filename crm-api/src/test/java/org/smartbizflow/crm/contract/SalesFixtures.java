package org.smartbizflow.crm.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.contract.Contract;
import org.smartbizflow.crm.sales.contract.ContractId;
import org.smartbizflow.crm.sales.contract.RenewalTerms;
import org.smartbizflow.crm.sales.lineitem.Discount;
import org.smartbizflow.crm.sales.lineitem.LineItem;
import org.smartbizflow.crm.sales.lineitem.LineItemId;
import org.smartbizflow.crm.sales.product.ProductId;
import org.smartbizflow.crm.sales.proposal.Proposal;
import org.smartbizflow.crm.sales.proposal.ProposalId;
import org.smartbizflow.crm.sales.quote.Quote;
import org.smartbizflow.crm.sales.quote.QuoteId;
import org.smartbizflow.crm.sales.quote.QuoteNumber;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Percentage;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * Test data for the sales contracts. Decimals carry no trailing zeros (stores give numbers
 * back at their own scale, and the domain normalises them), instants are whole microseconds.
 */
public final class SalesFixtures {

    public static final Currency EUR = Currency.getInstance("EUR");
    public static final Instant NOW = LeadFixtures.BASE_TIME;
    public static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    public static final UserId REP = UserId.of("rep-1");

    private SalesFixtures() {
    }

    public static OpportunityId deal() {
        return OpportunityId.of(LeadFixtures.nextId());
    }

    /** Three lines: a product with a percent discount and tax, a fixed discount, a free-text line. */
    public static List<LineItem> lines() {
        return List.of(
                new LineItem(LineItemId.of(LeadFixtures.nextId()), ProductId.of(LeadFixtures.nextId()), "Engine <retrofit>",
                        new BigDecimal("3"), Money.of("1200.5", "EUR"), Discount.percent("12.5"), Percentage.of("19")),
                new LineItem(LineItemId.of(LeadFixtures.nextId()), ProductId.of(LeadFixtures.nextId()), "Service hours",
                        new BigDecimal("7.25"), Money.of("80", "EUR"), Discount.amount(Money.of("15.99", "EUR")),
                        Percentage.of("7.5")),
                new LineItem(LineItemId.of(LeadFixtures.nextId()), null, "Travel", BigDecimal.ONE, Money.of("250", "EUR"),
                        Discount.none(), Percentage.of(0)));
    }

    public static LineItem line(String description, String unitPrice) {
        return new LineItem(LineItemId.of(LeadFixtures.nextId()), null, description, BigDecimal.ONE,
                Money.of(unitPrice, "EUR"), Discount.none(), Percentage.of(0));
    }

    public static Quote quote(TenantId tenant, OpportunityId deal, long number, LocalDate validUntil) {
        return Quote.create(QuoteId.of(LeadFixtures.nextId()), tenant, deal, QuoteNumber.of(number), EUR, lines(),
                validUntil, REP, NOW, TODAY);
    }

    public static Proposal proposal(TenantId tenant, OpportunityId deal, String title) {
        return proposal(tenant, deal, title, NOW);
    }

    public static Proposal proposal(TenantId tenant, OpportunityId deal, String title, Instant createdAt) {
        return Proposal.create(ProposalId.of(LeadFixtures.nextId()), tenant, deal, title, "dms://proposals/" + title,
                title + ".pdf", "first draft", REP, createdAt);
    }

    public static Contract contract(TenantId tenant, OpportunityId deal, LocalDate start, LocalDate end,
                                    RenewalTerms terms) {
        return Contract.create(ContractId.of(LeadFixtures.nextId()), tenant, deal, null, "Support " + start,
                Money.of("12000", "EUR"), start, end, terms, null, REP, NOW);
    }
}
