package org.smartbizflow.crm.examples.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.forecast.PipelineForecast;
import org.smartbizflow.crm.forecasting.PipelineForecastEngine;
import org.smartbizflow.crm.opportunity.ContactRole;
import org.smartbizflow.crm.opportunity.OpportunityDetails;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.OpportunityView;
import org.smartbizflow.crm.opportunity.PipelineBoard;
import org.smartbizflow.crm.opportunity.PipelineChange;
import org.smartbizflow.crm.opportunity.PipelineFlow;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.PipelineSummary;
import org.smartbizflow.crm.opportunity.PipelineView;
import org.smartbizflow.crm.opportunity.StageFlow;
import org.smartbizflow.crm.opportunity.StageId;
import org.smartbizflow.crm.opportunity.StageMapping;
import org.smartbizflow.crm.opportunity.StageMove;
import org.smartbizflow.crm.opportunity.port.in.CreateOpportunity;
import org.smartbizflow.crm.opportunity.port.in.CreatePipeline;
import org.smartbizflow.crm.opportunity.port.in.EditPipelineStages;
import org.smartbizflow.crm.opportunity.port.in.MoveOpportunity;
import org.smartbizflow.crm.opportunity.port.in.MoveToPipeline;
import org.smartbizflow.crm.opportunity.port.in.ShowBoard;
import org.smartbizflow.crm.opportunity.port.in.StageDefinition;
import org.smartbizflow.crm.opportunity.port.in.SummarizePipeline;
import org.smartbizflow.crm.opportunity.port.in.UpdateOpportunity;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.port.out.CorporateCurrency;
import org.smartbizflow.crm.shared.port.out.DatedExchangeRates;

/**
 * The demo's opportunity part: deals in three currencies move through the default pipeline
 * (an entry requirement refuses a move, a deal is won, another lost with a reason), the board
 * and the quarter's summary are shown in the corporate currency, a renewals pipeline is added
 * and a stage is removed with a mapping so no deal is orphaned.
 */
public final class OpportunityDemo {

    private OpportunityDemo() {
    }

    /** Runs the walk-through on the host's store for one tenant, printing what it does. */
    public static void run(CrmPersistence store, TenantId tenant, Clock clock, PrintStream out) {
        LocalDate today = LocalDate.now(clock);
        DatedExchangeRates rates = new DatedExchangeRates()
                .add("GBP", "EUR", today.minusYears(1), "1.17")
                .add("USD", "EUR", today.minusYears(1), "0.92");
        Crm crm = Crm.builder().persistence(store).clock(clock).exchangeRates(rates)
                .corporateCurrency(CorporateCurrency.fixed(Currency.getInstance("EUR")))
                .pipelineForecaster(PipelineForecastEngine.create()).build();
        CrmSession ada = crm.session(tenant, Actor.user("rep-ada", Role.SALES_REP));
        CrmSession boss = crm.session(tenant, Actor.user("mgr-mary", Role.SALES_MANAGER));

        out.println("== Opportunities in the default pipeline (created on first use)");
        PipelineView pipeline = ada.pipelines().defaultPipeline();
        out.println("   " + pipeline.name() + ": " + String.join(" > ", pipeline.stages().stream()
                .map(s -> s.name() + " " + s.defaultProbability() + " " + s.category()).toList()));
        LocalDate close = today.plusDays(30);
        OpportunityId retrofit = ada.opportunities().create(CreateOpportunity.of("Engine retrofit",
                Money.of("120000.00", "GBP"), close));
        OpportunityId looms = ada.opportunities().create(CreateOpportunity.of("Loom automation",
                Money.of("45000.00", "EUR"), close));
        OpportunityId tabulator = ada.opportunities().create(CreateOpportunity.of("Tabulator lease",
                Money.of("30000.00", "USD"), close));

        StageId negotiation = stage(pipeline, "Negotiation");
        StageMove refused = ada.opportunities().move(MoveOpportunity.to(retrofit, negotiation));
        if (refused instanceof StageMove.Refused r) {
            out.println("   move to Negotiation refused: " + r.reason());
        }
        OpportunityView deal = ada.opportunities().get(retrofit);
        ContactId babbage = ContactId.of(UUID.nameUUIDFromBytes("babbage".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ada.opportunities().update(new UpdateOpportunity(retrofit, OpportunityDetails.of(deal)
                .withPrimaryContact(babbage)
                .withContactRoles(List.of(new ContactRole(babbage, "Decision maker")))
                .withCompetitors(List.of("Difference Engines Ltd"))
                .withNextStep("Site visit"), deal.version()));
        report(out, "Engine retrofit", ada.opportunities().move(MoveOpportunity.to(retrofit, negotiation)));
        report(out, "Loom automation", ada.opportunities().move(MoveOpportunity.to(looms, stage(pipeline, "Closed Won"))));
        report(out, "Tabulator lease", ada.opportunities().move(MoveOpportunity.lost(tabulator,
                stage(pipeline, "Closed Lost"), "chose a cheaper punch-card vendor")));
        OpportunityView negotiating = ada.opportunities().get(retrofit);
        out.println("   Engine retrofit: " + negotiating.amount() + ", " + negotiating.probability() + ", "
                + negotiating.forecastCategory() + ", history " + ada.opportunities().history(retrofit).size()
                + " entries");

        out.println("== Board in EUR (GBP at 1.17, USD at 0.92)");
        PipelineBoard board = boss.opportunities().board(ShowBoard.of(OpportunityFilter.any()));
        for (PipelineBoard.Column column : board.columns()) {
            if (column.count() > 0) {
                out.println("   " + column.stage().name() + ": " + column.count() + " deal(s), total "
                        + column.total() + ", weighted " + column.weighted());
            }
        }
        out.println("   board total " + board.total() + ", weighted " + board.weighted());

        out.println("== Summary of the next 60 days by forecast category");
        PipelineSummary summary = boss.opportunities().summary(SummarizePipeline.of(
                DateRange.of(today, today.plusDays(60))));
        for (PipelineSummary.Row row : summary.byCategory()) {
            out.println("   " + row.label() + ": " + row.count() + " deal(s), " + row.total());
        }

        out.println("== Forecast of the next 60 days (crm-forecasting through CrmSession.forecasts())");
        PipelineForecast forecast = boss.forecasts().forecast(DateRange.of(today, today.plusDays(60)));
        out.println("   closed " + forecast.closed() + ", commit " + forecast.commit() + ", best case "
                + forecast.bestCase() + ", weighted " + forecast.weighted() + ", P50 " + forecast.p50());

        out.println("== A renewals pipeline, and Qualification removed from the default one");
        PipelineId renewals = boss.pipelines().create(new CreatePipeline("Renewals", List.of(
                StageDefinition.open("Due", 60, ForecastCategory.COMMIT), StageDefinition.won("Renewed"),
                StageDefinition.lost("Churned"))));
        out.println("   created " + boss.pipelines().get(renewals).name() + " with "
                + boss.pipelines().get(renewals).stages().size() + " stages");
        OpportunityId service = ada.opportunities().create(CreateOpportunity.of("Orrery service contract",
                Money.of("3000.00", "EUR"), close));
        report(out, "Orrery service contract to Renewals", ada.opportunities().moveToPipeline(MoveToPipeline.of(service,
                renewals, boss.pipelines().get(renewals).stageNamed("Due").orElseThrow().id())));
        out.println("   it is now in " + boss.pipelines().get(ada.opportunities().get(service).pipelineId()).name()
                + " at " + ada.opportunities().get(service).probability());
        OpportunityId fresh = ada.opportunities().create(CreateOpportunity.of("Orrery upgrade",
                Money.of("8000.00", "EUR"), close));
        ada.opportunities().move(MoveOpportunity.to(fresh, stage(pipeline, "Qualification")));
        List<StageDefinition> withoutQualification = pipeline.stages().stream()
                .filter(s -> !s.name().equals("Qualification")).map(StageDefinition::of).toList();
        PipelineChange orphaning = boss.pipelines().editStages(new EditPipelineStages(pipeline.id(),
                withoutQualification, List.of(), null));
        if (orphaning instanceof PipelineChange.Refused r) {
            out.println("   without a mapping: refused, " + r.reason());
        }
        PipelineChange mapped = boss.pipelines().editStages(new EditPipelineStages(pipeline.id(), withoutQualification,
                List.of(new StageMapping(stage(pipeline, "Qualification"), stage(pipeline, "Prospecting"))), null));
        out.println("   with a mapping to Prospecting: " + mapped.getClass().getSimpleName() + "; Orrery upgrade is in "
                + boss.pipelines().get(pipeline.id()).stage(ada.opportunities().get(fresh).stageId()).orElseThrow().name());

        out.println("== Flow of the default pipeline from the stage history");
        PipelineFlow flow = boss.opportunities().flow(pipeline.id());
        for (StageFlow stage : flow.stages()) {
            if (stage.entered() > 0) {
                out.println("   " + stage.stage().name() + ": entered " + stage.entered() + ", advanced "
                        + stage.advanced() + (stage.conversionRate() == null ? ""
                        : ", conversion " + stage.conversionRate().movePointRight(2).stripTrailingZeros().toPlainString()
                        + "%"));
            }
        }
    }

    private static StageId stage(PipelineView pipeline, String name) {
        return pipeline.stageNamed(name).orElseThrow().id();
    }

    private static void report(PrintStream out, String deal, StageMove move) {
        if (move instanceof StageMove.Moved) {
            out.println("   " + deal + " moved");
        } else if (move instanceof StageMove.Refused refused) {
            out.println("   " + deal + " refused: " + refused.reason());
        } else {
            out.println("   " + deal + " unchanged");
        }
    }
}
