package org.smartbizflow.crm.core.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.opportunity.OpportunityDetails;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.OpportunityView;
import org.smartbizflow.crm.opportunity.PipelineBoard;
import org.smartbizflow.crm.opportunity.PipelineFlow;
import org.smartbizflow.crm.opportunity.PipelineSummary;
import org.smartbizflow.crm.opportunity.PipelineView;
import org.smartbizflow.crm.opportunity.Slippage;
import org.smartbizflow.crm.opportunity.StageFlow;
import org.smartbizflow.crm.opportunity.port.in.CreateOpportunity;
import org.smartbizflow.crm.opportunity.port.in.MoveOpportunity;
import org.smartbizflow.crm.opportunity.port.in.ShowBoard;
import org.smartbizflow.crm.opportunity.port.in.SummarizePipeline;
import org.smartbizflow.crm.opportunity.port.in.UpdateOpportunity;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.port.out.CorporateCurrency;
import org.smartbizflow.crm.shared.port.out.DatedExchangeRates;

class PipelineAnalyticsTest {

    /** A clock the test moves forward, so that history has durations. */
    private static final class Steps extends Clock {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");

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

        void days(int days) {
            now = now.plusSeconds(days * 86_400L);
        }
    }

    private final Steps clock = new Steps();
    private final DatedExchangeRates rates = new DatedExchangeRates()
            .add("GBP", "EUR", LocalDate.of(2026, 1, 1), "1.10")
            .add("GBP", "EUR", LocalDate.of(2026, 3, 5), "1.20")
            .add("JPY", "EUR", LocalDate.of(2026, 1, 1), "0.0062");
    private final Crm crm = Crm.builder().clock(clock).exchangeRates(rates)
            .corporateCurrency(CorporateCurrency.fixed(Currency.getInstance("EUR"))).build();
    private final CrmSession alice = crm.session(TenantId.of("acme"), Actor.user("alice", Role.SALES_REP));
    private final CrmSession bob = crm.session(TenantId.of("acme"), Actor.user("bob", Role.SALES_REP));

    private OpportunityId deal(CrmSession owner, String amount, String currency, LocalDate close, String team) {
        OpportunityId id = owner.opportunities().create(CreateOpportunity.of("Deal", Money.of(amount, currency), close));
        OpportunityView view = owner.opportunities().get(id);
        owner.opportunities().update(new UpdateOpportunity(id, OpportunityDetails.of(view)
                .withOwner(view.ownerId(), team, "emea").withPrimaryContact(ContactId.of(java.util.UUID.randomUUID())),
                null));
        return id;
    }

    private void move(CrmSession who, OpportunityId id, String stage) {
        PipelineView pipeline = who.pipelines().defaultPipeline();
        who.opportunities().move(MoveOpportunity.to(id, pipeline.stageNamed(stage).orElseThrow().id()));
    }

    @Test
    void theBoardConvertsEachCurrencyAtItsDatedRateAndFilters() {
        OpportunityId eur = deal(alice, "1000.00", "EUR", LocalDate.of(2026, 4, 30), "north");
        deal(alice, "100.00", "GBP", LocalDate.of(2026, 5, 31), "north");
        OpportunityId won = deal(bob, "200.00", "GBP", LocalDate.of(2026, 4, 15), "south");
        deal(bob, "10000", "JPY", LocalDate.of(2026, 6, 30), "south");
        move(alice, eur, "Proposal");
        move(bob, won, "Closed Won");
        clock.days(10); // today's GBP rate is now 1.20; the won deal keeps its close-date rate 1.10

        PipelineBoard board = alice.opportunities().board(ShowBoard.of(OpportunityFilter.any()));

        assertThat(board.currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(board.count()).isEqualTo(4);
        PipelineBoard.Column prospecting = board.column("Prospecting");
        assertThat(prospecting.count()).isEqualTo(2);
        assertThat(prospecting.total()).isEqualTo(Money.of("182.00", "EUR")); // 100 GBP * 1.20 + 10000 JPY * 0.0062
        assertThat(prospecting.weighted()).isEqualTo(Money.of("18.20", "EUR"));
        assertThat(board.column("Proposal").weighted()).isEqualTo(Money.of("500.00", "EUR"));
        assertThat(board.column("Closed Won").total()).isEqualTo(Money.of("220.00", "EUR"));
        assertThat(board.column("Negotiation").count()).isZero();
        assertThat(board.total()).isEqualTo(Money.of("1402.00", "EUR"));

        PipelineBoard north = alice.opportunities().board(ShowBoard.of(OpportunityFilter.any().withTeams("north")));
        assertThat(north.count()).isEqualTo(2);
        PipelineBoard april = alice.opportunities().board(ShowBoard.of(OpportunityFilter.any()
                .withOwners(org.smartbizflow.crm.shared.UserId.of("bob"))
                .closingIn(DateRange.month(2026, 3))));
        assertThat(april.count()).isEqualTo(1); // the won deal closed on 2026-03-02
    }

    @Test
    void aMissingRateIsReportedNotGuessed() {
        deal(alice, "5.00", "USD", LocalDate.of(2026, 4, 30), "north");

        assertThatThrownBy(() -> alice.opportunities().board(ShowBoard.of(OpportunityFilter.any())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("USD->EUR");
    }

    @Test
    void theSummaryGroupsByStageCategoryAndOwnerForThePeriod() {
        deal(alice, "1000.00", "EUR", LocalDate.of(2026, 4, 30), "north");
        OpportunityId commit = deal(alice, "500.00", "EUR", LocalDate.of(2026, 5, 10), "north");
        deal(bob, "300.00", "EUR", LocalDate.of(2026, 6, 1), "south");
        deal(bob, "999.00", "EUR", LocalDate.of(2026, 9, 1), "south");
        move(alice, commit, "Negotiation");

        PipelineSummary q2 = alice.opportunities().summary(SummarizePipeline.of(DateRange.quarter(2026, 2)));

        assertThat(q2.total().count()).isEqualTo(3);
        assertThat(q2.total().total()).isEqualTo(Money.of("1800.00", "EUR"));
        assertThat(q2.category(ForecastCategory.COMMIT).orElseThrow().weighted()).isEqualTo(Money.of("400.00", "EUR"));
        assertThat(q2.category(ForecastCategory.PIPELINE).orElseThrow().count()).isEqualTo(2);
        assertThat(q2.owner("alice").orElseThrow().total()).isEqualTo(Money.of("1500.00", "EUR"));
        assertThat(q2.owner("bob").orElseThrow().total()).isEqualTo(Money.of("300.00", "EUR"));
        assertThat(q2.byStage()).extracting(PipelineSummary.Row::label).containsExactly("Prospecting", "Negotiation");
    }

    @Test
    void velocityConversionAndSlippageComeFromTheHistory() {
        OpportunityId a = deal(alice, "100.00", "EUR", LocalDate.of(2026, 4, 30), "north");
        OpportunityId b = deal(alice, "100.00", "EUR", LocalDate.of(2026, 4, 30), "north");
        clock.days(2);
        move(alice, a, "Qualification");
        clock.days(2);
        move(alice, b, "Qualification");
        clock.days(3);
        move(alice, a, "Proposal");
        OpportunityView bView = alice.opportunities().get(b);
        alice.opportunities().update(new UpdateOpportunity(b, OpportunityDetails.of(bView)
                .withExpectedCloseDate(LocalDate.of(2026, 5, 31)), null));
        PipelineView pipeline = alice.pipelines().defaultPipeline();

        PipelineFlow flow = alice.opportunities().flow(pipeline.id());

        StageFlow prospecting = flow.stages().get(0);
        assertThat(prospecting.entered()).isEqualTo(2);
        assertThat(prospecting.exits()).isEqualTo(2);
        assertThat(prospecting.averageDaysInStage()).isEqualByComparingTo("3.00"); // 2 and 4 days
        assertThat(prospecting.conversionRate()).isEqualByComparingTo("1.0000");
        StageFlow qualification = flow.stages().get(1);
        assertThat(qualification.entered()).isEqualTo(2);
        assertThat(qualification.advanced()).isEqualTo(1);
        assertThat(qualification.averageDaysInStage()).isEqualByComparingTo("5.00");
        assertThat(qualification.conversionRate()).isEqualByComparingTo("0.5000");

        Slippage slippage = alice.opportunities().slippage(pipeline.id(), DateRange.month(2026, 3));
        assertThat(slippage).isEqualTo(new Slippage(1, 1, 31));
        assertThat(alice.opportunities().history(b)).hasSize(3);
        assertThat(List.of(slippage.averageDaysPerPush())).first().isEqualTo(new java.math.BigDecimal("31.00"));
    }

    /**
     * A spy on the port: it keeps the request the CRM builds and then stops the call, because
     * the test checks the request (deals converted and categorised), not any forecast. The
     * other methods are never called by the use case under test.
     */
    private static final class RecordingForecaster implements org.smartbizflow.crm.forecast.port.out.PipelineForecaster {
        org.smartbizflow.crm.forecast.ForecastRequest request;

        @Override
        public org.smartbizflow.crm.forecast.PipelineForecast forecast(org.smartbizflow.crm.forecast.ForecastRequest r) {
            this.request = r;
            throw new UnsupportedOperationException("recorded");
        }

        @Override
        public java.util.Map<String, org.smartbizflow.crm.forecast.PipelineForecast> forecastBy(
                org.smartbizflow.crm.forecast.ForecastScope scope, org.smartbizflow.crm.forecast.ForecastRequest r) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<org.smartbizflow.crm.forecast.QuotaProjection> projectQuotas(
                org.smartbizflow.crm.forecast.ForecastRequest r, List<org.smartbizflow.crm.forecast.Quota> quotas) {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.smartbizflow.crm.forecast.SnapshotComparison compare(org.smartbizflow.crm.forecast.ForecastSnapshot a,
                                                                        org.smartbizflow.crm.forecast.ForecastSnapshot b) {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.smartbizflow.crm.forecast.ForecastAccuracy accuracy(org.smartbizflow.crm.forecast.ForecastSnapshot s,
                                                                       Money actual) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void forecastsHandTheForecasterOpenAndWonDealsOfThePeriodConverted() {
        RecordingForecaster forecaster = new RecordingForecaster();
        Crm forecasting = Crm.builder().clock(clock).exchangeRates(rates).pipelineForecaster(forecaster).build();
        CrmSession rep = forecasting.session(TenantId.of("acme"), Actor.user("alice", Role.SALES_REP));
        deal(rep, "100.00", "GBP", LocalDate.of(2026, 4, 30), "north");
        OpportunityId won = deal(rep, "200.00", "GBP", LocalDate.of(2026, 5, 15), "north");
        OpportunityId lost = deal(rep, "300.00", "EUR", LocalDate.of(2026, 5, 15), "north");
        deal(rep, "400.00", "EUR", LocalDate.of(2026, 9, 15), "north");
        move(rep, won, "Closed Won");
        rep.opportunities().move(MoveOpportunity.lost(lost, rep.pipelines().defaultPipeline()
                .stageNamed("Closed Lost").orElseThrow().id(), "price"));

        assertThatThrownBy(() -> rep.forecasts().forecast(DateRange.of(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 6, 30)))).hasMessage("recorded");

        assertThat(forecaster.request.currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(forecaster.request.deals()).hasSize(2);
        assertThat(forecaster.request.deals()).anySatisfy(d -> {
            assertThat(d.category()).isEqualTo(ForecastCategory.CLOSED);
            assertThat(d.amount()).isEqualTo(Money.of("220.00", "EUR"));
            assertThat(d.winProbability()).isEqualTo(1.0);
        });
        assertThat(forecaster.request.deals()).anySatisfy(d -> {
            assertThat(d.category()).isEqualTo(ForecastCategory.PIPELINE);
            assertThat(d.amount()).isEqualTo(Money.of("110.00", "EUR"));
            assertThat(d.winProbability()).isEqualTo(0.1);
            assertThat(d.team()).isEqualTo("north");
        });
        assertThatThrownBy(() -> alice.forecasts().quarter(2026, 2)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pipelineForecaster");
    }
}
