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
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.opportunity.OpportunityDetails;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.port.in.CreateOpportunity;
import org.smartbizflow.crm.opportunity.port.in.UpdateOpportunity;
import org.smartbizflow.crm.sales.lineitem.port.in.AddLineItem;
import org.smartbizflow.crm.sales.quote.QuoteId;
import org.smartbizflow.crm.sales.quote.QuoteStatus;
import org.smartbizflow.crm.sales.quote.QuoteSummary;
import org.smartbizflow.crm.sales.quote.QuoteTotals;
import org.smartbizflow.crm.sales.quote.port.in.AcceptQuote;
import org.smartbizflow.crm.sales.quote.port.in.CreateQuote;
import org.smartbizflow.crm.sales.quote.port.in.SummarizeQuotes;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Percentage;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.port.out.CorporateCurrency;
import org.smartbizflow.crm.shared.port.out.DatedExchangeRates;

/** Quotes in other currencies than the corporate one: reports and deal amounts convert at each quote's date. */
class QuoteCurrencyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final DateRange MARCH = DateRange.month(2026, 3);

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
    }

    private final MovableClock clock = new MovableClock();
    private final Crm crm = Crm.builder().clock(clock).corporateCurrency(CorporateCurrency.fixed(EUR))
            .exchangeRates(new DatedExchangeRates()
                    .add("USD", "EUR", LocalDate.parse("2026-01-01"), "0.90")
                    .add("USD", "EUR", LocalDate.parse("2026-03-03"), "0.95"))
            .build();
    private final CrmSession rep = crm.session(TenantId.of("acme"), Actor.user("rep-ada", Role.SALES_REP));

    private OpportunityId deal(String amount, String currency) {
        return rep.opportunities().create(CreateOpportunity.of("Retrofit", Money.of(amount, currency),
                LocalDate.parse("2026-04-30")));
    }

    /** A sent quote with one line of the price, 10% tax. */
    private QuoteId sentQuote(OpportunityId deal, String price, String currency) {
        rep.sales().lineItems().add(new AddLineItem(deal, null, "Consulting", BigDecimal.ONE, Money.of(price, currency),
                null, null, Percentage.of(10)));
        QuoteId quote = rep.sales().quotes().create(new CreateQuote(deal, LocalDate.parse("2026-03-31")));
        rep.sales().quotes().send(quote);
        return quote;
    }

    @Test
    void theSummaryConvertsEachQuoteAtTheRateOfItsDate() {
        QuoteId accepted = sentQuote(deal("1.00", "USD"), "1000.00", "USD");
        rep.sales().quotes().accept(AcceptQuote.of(accepted));
        sentQuote(deal("1.00", "EUR"), "500.00", "EUR");
        clock.now = Instant.parse("2026-03-03T12:00:00Z");
        sentQuote(deal("1.00", "USD"), "2000.00", "USD");

        QuoteSummary summary = rep.sales().quotes().summarize(SummarizeQuotes.in(MARCH));

        assertThat(summary.currency()).isEqualTo(EUR);
        // 1000 USD on 2 March at 0.90, 500 EUR, 2000 USD on 3 March at 0.95
        assertThat(summary.all()).isEqualTo(new QuoteTotals.Converted(3, Money.of("3300.00", "EUR"),
                Money.of("3630.00", "EUR")));
        assertThat(summary.byStatus().get(QuoteStatus.ACCEPTED)).isEqualTo(new QuoteTotals.Converted(1,
                Money.of("900.00", "EUR"), Money.of("990.00", "EUR")));
        assertThat(summary.byStatus().get(QuoteStatus.SENT).net()).isEqualTo(Money.of("2400.00", "EUR"));
        assertThat(rep.sales().quotes().summarize(SummarizeQuotes.accepted(MARCH)).all().net())
                .isEqualTo(Money.of("900.00", "EUR"));
        assertThat(rep.sales().quotes().summarize(SummarizeQuotes.in(DateRange.month(2026, 4))).all().count()).isZero();
    }

    @Test
    void anAcceptedQuoteSetsTheDealAmountInTheDealsCurrencyAtTheQuotesDate() {
        OpportunityId own = deal("1.00", "EUR");
        QuoteId quote = sentQuote(own, "1000.00", "USD");
        assertThat(rep.opportunities().get(own).amount()).isEqualTo(Money.of("1000.00", "USD"));
        // the rep keeps the deal in euros by hand; the accepted quote's price is converted into them
        rep.opportunities().update(new UpdateOpportunity(own, OpportunityDetails.of(rep.opportunities().get(own))
                .withAmount(Money.of("800.00", "EUR")), null));
        clock.now = Instant.parse("2026-03-04T08:00:00Z");

        rep.sales().quotes().accept(AcceptQuote.of(quote));

        assertThat(rep.opportunities().get(own).amount()).isEqualTo(Money.of("950.00", "EUR"));
        OpportunityId sameCurrency = deal("1.00", "USD");
        rep.sales().quotes().accept(AcceptQuote.of(sentQuote(sameCurrency, "1234.56", "USD")));
        assertThat(rep.opportunities().get(sameCurrency).amount()).isEqualTo(Money.of("1234.56", "USD"));
    }

    @Test
    void aMissingRateIsAClearErrorNamingThePairAndDate() {
        sentQuote(deal("1.00", "JPY"), "100000", "JPY");

        assertThatThrownBy(() -> rep.sales().quotes().summarize(SummarizeQuotes.in(MARCH)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("JPY->EUR on 2026-03-02");

        OpportunityId euros = deal("1.00", "EUR");
        QuoteId inYen = sentQuote(euros, "50000", "JPY");
        rep.opportunities().update(new UpdateOpportunity(euros, OpportunityDetails.of(rep.opportunities().get(euros))
                .withAmount(Money.of("300.00", "EUR")), null));
        clock.now = clock.now.plus(Duration.ofDays(1));
        assertThatThrownBy(() -> rep.sales().quotes().accept(AcceptQuote.of(inYen)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("JPY->EUR on 2026-03-03");
        assertThat(rep.sales().quotes().quote(inYen).status()).isEqualTo(QuoteStatus.SENT);
        assertThat(rep.opportunities().get(euros).amount()).isEqualTo(Money.of("300.00", "EUR"));
    }
}
