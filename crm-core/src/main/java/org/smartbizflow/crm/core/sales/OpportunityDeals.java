package org.smartbizflow.crm.core.sales;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.opportunity.Opportunity;
import org.smartbizflow.crm.opportunity.OpportunityChange;
import org.smartbizflow.crm.opportunity.OpportunityDetails;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.OpportunityView;
import org.smartbizflow.crm.opportunity.PipelineView;
import org.smartbizflow.crm.opportunity.Stage;
import org.smartbizflow.crm.opportunity.StageMove;
import org.smartbizflow.crm.opportunity.StageType;
import org.smartbizflow.crm.opportunity.port.in.CreateOpportunity;
import org.smartbizflow.crm.opportunity.port.in.CreatePipeline;
import org.smartbizflow.crm.opportunity.port.in.MoveOpportunity;
import org.smartbizflow.crm.opportunity.port.in.Opportunities;
import org.smartbizflow.crm.opportunity.port.in.Pipelines;
import org.smartbizflow.crm.opportunity.port.in.StageDefinition;
import org.smartbizflow.crm.opportunity.port.in.UpdateOpportunity;
import org.smartbizflow.crm.sales.contract.ContractView;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * The deal seam on the CRM's own opportunities: every change goes through the opportunity
 * use cases (so their access checks, audit, history and events apply) and joins the sales
 * transaction. A deal id the CRM does not know is a deal the host keeps elsewhere: its owner
 * is unknown, and amounts, won status and renewal deals stay with the host (the renewal
 * deal is still made, in the renewals pipeline, since it is new).
 */
final class OpportunityDeals implements DealLink {

    /** The name of the pipeline renewal deals go to; made with the stages below on first use. */
    static final String RENEWALS_PIPELINE = "Renewals";

    private final CoreRuntime runtime;
    private final CallContext context;
    private final Opportunities opportunities;
    private final Pipelines pipelines;

    /**
     * @param opportunities the acting user's opportunity use cases
     * @param pipelines     pipeline use cases of the system actor (reading stages, making the renewals pipeline)
     */
    OpportunityDeals(CoreRuntime runtime, CallContext context, Opportunities opportunities, Pipelines pipelines) {
        this.runtime = runtime;
        this.context = context;
        this.opportunities = opportunities;
        this.pipelines = pipelines;
    }

    private Optional<OpportunityView> known(OpportunityId id) {
        return runtime.transactions().inTransaction(
                () -> runtime.persistence().opportunities().find(context.tenantId(), id).map(Opportunity::view));
    }

    @Override
    public Optional<UserId> ownerOf(OpportunityId opportunityId) {
        return known(opportunityId).map(OpportunityView::ownerId);
    }

    @Override
    public void amountFromLines(OpportunityId opportunityId, Money net) {
        known(opportunityId).ifPresent(deal -> setAmount(deal, net, "the lines'"));
    }

    private void setAmount(OpportunityView deal, Money amount, String source) {
        if (deal.stageType().isClosed() || amount.equals(deal.amount())) {
            return; // a closed deal keeps the amount it was closed at
        }
        OpportunityChange change = opportunities.update(new UpdateOpportunity(deal.id(),
                OpportunityDetails.of(deal).withAmount(amount), null));
        if (change instanceof OpportunityChange.Refused refused) {
            throw new ValidationException("amount", "the deal refused " + source + " amount: " + refused.reason());
        }
    }

    @Override
    public void amountFromQuote(OpportunityId opportunityId, Money net, LocalDate quoteDate) {
        Optional<OpportunityView> deal = known(opportunityId);
        if (deal.isEmpty() || deal.get().stageType().isClosed()) {
            return; // a closed deal keeps the amount it was closed at
        }
        Currency currency = deal.get().amount() != null ? deal.get().amount().currency() : net.currency();
        setAmount(deal.get(), runtime.dealPorts().exchangeRates().convert(net, currency, quoteDate),
                "the accepted quote's");
    }

    @Override
    public void markWon(OpportunityId opportunityId) {
        Optional<OpportunityView> deal = known(opportunityId);
        if (deal.isEmpty() || deal.get().stageType() == StageType.WON) {
            return;
        }
        PipelineView pipeline = pipelines.get(deal.get().pipelineId());
        Stage won = pipeline.stages().stream().filter(s -> s.type() == StageType.WON).findFirst()
                .orElseThrow(() -> new ValidationException("markDealWon", "pipeline " + pipeline.name()
                        + " has no won stage"));
        StageMove move = opportunities.move(MoveOpportunity.to(opportunityId, won.id()));
        if (move instanceof StageMove.Refused refused) {
            throw new ValidationException("markDealWon", "the deal cannot be won: " + refused.reason());
        }
    }

    @Override
    public Optional<OpportunityId> renewalDeal(ContractView renewed, Money value) {
        PipelineView renewals = pipelines.list().stream().filter(p -> p.name().equals(RENEWALS_PIPELINE)).findFirst()
                .orElseGet(() -> pipelines.get(pipelines.create(new CreatePipeline(RENEWALS_PIPELINE, java.util.List.of(
                        StageDefinition.open("Renewal due", 60, ForecastCategory.PIPELINE),
                        StageDefinition.open("Terms agreed", 90, ForecastCategory.COMMIT),
                        StageDefinition.won("Renewed"),
                        StageDefinition.lost("Churned"))))));
        CreateOpportunity deal = CreateOpportunity.of("Renewal: " + renewed.title(), value, renewed.endDate())
                .in(renewals.id(), renewals.firstOpenStage().id());
        return Optional.of(opportunities.create(deal));
    }
}
