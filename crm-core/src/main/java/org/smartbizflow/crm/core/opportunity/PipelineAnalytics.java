package org.smartbizflow.crm.core.opportunity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.opportunity.AmountGroup;
import org.smartbizflow.crm.opportunity.AmountGrouping;
import org.smartbizflow.crm.opportunity.AmountTotals;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.Pipeline;
import org.smartbizflow.crm.opportunity.PipelineBoard;
import org.smartbizflow.crm.opportunity.PipelineFlow;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.PipelineSummary;
import org.smartbizflow.crm.opportunity.PipelineView;
import org.smartbizflow.crm.opportunity.Slippage;
import org.smartbizflow.crm.opportunity.Stage;
import org.smartbizflow.crm.opportunity.StageFlow;
import org.smartbizflow.crm.opportunity.StageId;
import org.smartbizflow.crm.opportunity.StageTransition;
import org.smartbizflow.crm.opportunity.port.in.ShowBoard;
import org.smartbizflow.crm.opportunity.port.in.SummarizePipeline;
import org.smartbizflow.crm.opportunity.port.out.OpportunityRepository;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.port.out.ExchangeRates;

/**
 * Boards, summaries, velocity, conversion and slippage: the store sums per group and currency
 * (aggregate queries), this class converts each currency group at its dated rate and adds the
 * converted sums.
 */
final class PipelineAnalytics {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private final CoreRuntime runtime;
    private final CallContext context;
    private final UnaryOperator<OpportunityFilter> visible;
    private final OpportunityRepository deals;

    PipelineAnalytics(CoreRuntime runtime, CallContext context, UnaryOperator<OpportunityFilter> visible) {
        this.runtime = runtime;
        this.context = context;
        this.visible = visible;
        this.deals = runtime.persistence().opportunities();
    }

    PipelineBoard board(ShowBoard query) {
        return runtime.transactions().inTransaction(() -> {
            PipelineView pipeline = query.pipelineId() == null
                    ? new PipelineService(runtime, context).defaultPipeline() : pipeline(query.pipelineId());
            Currency currency = corporateCurrency();
            OpportunityFilter filter = visible.apply(query.filter().inPipeline(pipeline.id()));
            List<AmountGroup> groups = filter == null ? List.of()
                    : deals.sumAmounts(context.tenantId(), filter, AmountGrouping.STAGE_AND_CATEGORY);
            Map<String, AmountTotals> byStage = new HashMap<>();
            AmountTotals all = new AmountTotals();
            for (AmountGroup group : groups) {
                byStage.computeIfAbsent(group.key(), k -> new AmountTotals()).add(group);
                all.add(group);
            }
            LocalDate today = today();
            ExchangeRates rates = runtime.dealPorts().exchangeRates();
            List<PipelineBoard.Column> columns = new ArrayList<>();
            for (Stage stage : pipeline.stages()) {
                AmountTotals.Converted c = byStage.getOrDefault(stage.id().toString(), new AmountTotals())
                        .convert(currency, rates, today);
                columns.add(new PipelineBoard.Column(stage, c.count(), c.total(), c.weighted()));
            }
            AmountTotals.Converted total = all.convert(currency, rates, today);
            return new PipelineBoard(pipeline, currency, columns, total.count(), total.total(), total.weighted());
        });
    }

    PipelineSummary summary(SummarizePipeline query) {
        return runtime.transactions().inTransaction(() -> {
            Currency currency = corporateCurrency();
            OpportunityFilter base = query.filter().closingIn(query.period());
            if (query.pipelineId() != null) {
                base = base.inPipeline(query.pipelineId());
            }
            OpportunityFilter filter = visible.apply(base);
            List<AmountGroup> stageGroups = filter == null ? List.of()
                    : deals.sumAmounts(context.tenantId(), filter, AmountGrouping.STAGE_AND_CATEGORY);
            List<AmountGroup> ownerGroups = filter == null ? List.of()
                    : deals.sumAmounts(context.tenantId(), filter, AmountGrouping.OWNER);
            Map<String, AmountTotals> byStage = new LinkedHashMap<>();
            Map<String, AmountTotals> byCategory = new LinkedHashMap<>();
            Map<String, AmountTotals> byOwner = new LinkedHashMap<>();
            AmountTotals all = new AmountTotals();
            for (AmountGroup group : stageGroups) {
                byStage.computeIfAbsent(group.key(), k -> new AmountTotals()).add(group);
                byCategory.computeIfAbsent(group.subKey(), k -> new AmountTotals()).add(group);
                all.add(group);
            }
            for (AmountGroup group : ownerGroups) {
                byOwner.computeIfAbsent(group.key(), k -> new AmountTotals()).add(group);
            }
            Map<String, String> stageNames = stageNames();
            LocalDate today = today();
            List<PipelineSummary.Row> stageRows = rows(byStage, currency, today,
                    key -> stageNames.getOrDefault(key, key));
            List<PipelineSummary.Row> categoryRows = rows(byCategory, currency, today, key -> key).stream()
                    .sorted(Comparator.comparing(r -> ForecastCategory.valueOf(r.key()))).toList();
            List<PipelineSummary.Row> ownerRows = rows(byOwner, currency, today, key -> key);
            AmountTotals.Converted total = all.convert(currency, runtime.dealPorts().exchangeRates(), today);
            return new PipelineSummary(query.period(), currency, stageRows, categoryRows, ownerRows,
                    new PipelineSummary.Row("total", "Total", total.count(), total.total(), total.weighted()));
        });
    }

    private List<PipelineSummary.Row> rows(Map<String, AmountTotals> groups, Currency currency, LocalDate today,
                                           UnaryOperator<String> label) {
        List<PipelineSummary.Row> rows = new ArrayList<>();
        groups.forEach((key, totals) -> {
            AmountTotals.Converted c = totals.convert(currency, runtime.dealPorts().exchangeRates(), today);
            rows.add(new PipelineSummary.Row(key, label.apply(key), c.count(), c.total(), c.weighted()));
        });
        rows.sort(Comparator.comparing((PipelineSummary.Row r) -> r.total().amount()).reversed()
                .thenComparing(PipelineSummary.Row::key));
        return rows;
    }

    PipelineFlow flow(PipelineId pipelineId) {
        return runtime.transactions().inTransaction(() -> {
            PipelineView pipeline = pipeline(pipelineId);
            List<StageTransition> transitions = deals.stageTransitions(context.tenantId(), pipelineId);
            Map<StageId, Long> entered = deals.dealsEntered(context.tenantId(), pipelineId);
            List<StageFlow> stages = new ArrayList<>();
            for (Stage stage : pipeline.stages()) {
                int index = pipeline.indexOf(stage.id());
                long exits = 0;
                long seconds = 0;
                long advanced = 0;
                for (StageTransition t : transitions) {
                    if (t.from().equals(stage.id())) {
                        exits += t.moves();
                        seconds += t.secondsInFrom();
                        if (pipeline.indexOf(t.to()) > index) {
                            advanced += t.moves();
                        }
                    }
                }
                long in = entered.getOrDefault(stage.id(), 0L);
                BigDecimal days = exits == 0 ? null : BigDecimal.valueOf(seconds)
                        .divide(SECONDS_PER_DAY.multiply(BigDecimal.valueOf(exits)), 2, RoundingMode.HALF_EVEN);
                BigDecimal rate = in == 0 ? null
                        : BigDecimal.valueOf(advanced).divide(BigDecimal.valueOf(in), 4, RoundingMode.HALF_EVEN);
                stages.add(new StageFlow(stage, in, exits, days, advanced, rate));
            }
            return new PipelineFlow(pipelineId, stages, transitions);
        });
    }

    Slippage slippage(PipelineId pipelineId, DateRange changedIn) {
        return runtime.transactions().inTransaction(() -> {
            pipeline(pipelineId);
            return deals.slippage(context.tenantId(), pipelineId,
                    changedIn.start().atStartOfDay(runtime.clock().getZone()).toInstant(),
                    changedIn.end().plusDays(1).atStartOfDay(runtime.clock().getZone()).toInstant());
        });
    }

    private Map<String, String> stageNames() {
        Map<String, String> names = new HashMap<>();
        for (PipelineView pipeline : runtime.persistence().pipelines().list(context.tenantId())) {
            pipeline.stages().forEach(s -> names.put(s.id().toString(), s.name()));
        }
        return names;
    }

    private Currency corporateCurrency() {
        return runtime.dealPorts().corporateCurrency().of(context.tenantId());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(runtime.clock().instant(), runtime.clock().getZone());
    }

    private PipelineView pipeline(PipelineId id) {
        return runtime.persistence().pipelines().find(context.tenantId(), id).map(Pipeline::view)
                .orElseThrow(() -> new NotFoundException(PipelineService.RECORD_TYPE, id));
    }

}
