package org.smartbizflow.crm.core.opportunity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.forecast.ForecastDeal;
import org.smartbizflow.crm.forecast.ForecastRequest;
import org.smartbizflow.crm.forecast.PipelineForecast;
import org.smartbizflow.crm.forecast.port.out.PipelineForecaster;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.OpportunityView;
import org.smartbizflow.crm.opportunity.StageType;
import org.smartbizflow.crm.opportunity.port.in.Forecasts;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Maps the deals closing in a period onto the forecasting port's {@link ForecastDeal}s: a
 * forecast needs every deal (distributions are per deal), so the deals are read page by page;
 * amounts are converted to the corporate currency here, at each deal's dated rate.
 */
final class ForecastService implements Forecasts {

    private final CoreRuntime runtime;
    private final CallContext context;

    ForecastService(CoreRuntime runtime, CallContext context) {
        this.runtime = runtime;
        this.context = context;
    }

    @Override
    public PipelineForecast forecast(DateRange period) {
        Preconditions.notNull(period, "period");
        PipelineForecaster forecaster = runtime.dealPorts().forecaster();
        if (forecaster == null) {
            throw new IllegalStateException("no pipeline forecaster is configured: build the CRM with"
                    + " .pipelineForecaster(PipelineForecastEngine.create()) from crm-forecasting");
        }
        Currency currency = runtime.dealPorts().corporateCurrency().of(context.tenantId());
        LocalDate today = LocalDate.ofInstant(runtime.clock().instant(), runtime.clock().getZone());
        OpportunityFilter filter = new OpportunityService(runtime, context).restrictToVisible(
                OpportunityFilter.any().ofTypes(StageType.OPEN, StageType.WON).closingIn(period));
        List<ForecastDeal> deals = new ArrayList<>();
        if (filter != null) {
            PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
            while (true) {
                PageRequest current = page;
                Page<OpportunityView> batch = runtime.transactions().inTransaction(() ->
                        runtime.persistence().opportunities().search(context.tenantId(), filter, current));
                for (OpportunityView deal : batch.items()) {
                    if (deal.amount() != null) {
                        deals.add(toForecastDeal(deal, currency, today));
                    }
                }
                if (batch.nextCursor().isEmpty()) {
                    break;
                }
                page = page.next(batch.nextCursor().get());
            }
        }
        return forecaster.forecast(ForecastRequest.of(period, currency, deals));
    }

    private ForecastDeal toForecastDeal(OpportunityView deal, Currency currency, LocalDate today) {
        boolean won = deal.stageType() == StageType.WON;
        Money amount = runtime.dealPorts().exchangeRates().convert(deal.amount(), currency,
                won ? deal.closedOn() : today);
        double probability = won ? 1.0 : deal.probability().fraction().doubleValue();
        ForecastCategory category = won ? ForecastCategory.CLOSED : deal.forecastCategory();
        return new ForecastDeal(deal.id().toString(), amount, probability, deal.expectedCloseDate(), category,
                deal.ownerId(), deal.team(), deal.territory(), deal.pipelineId().toString(), deal.stageId().toString());
    }
}
