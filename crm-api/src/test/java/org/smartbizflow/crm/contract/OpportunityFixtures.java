package org.smartbizflow.crm.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.opportunity.ContactRole;
import org.smartbizflow.crm.opportunity.Opportunity;
import org.smartbizflow.crm.opportunity.OpportunityDetails;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.Pipeline;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.PipelineView;
import org.smartbizflow.crm.opportunity.StageId;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** Test data for the pipeline and opportunity contracts; ids from {@link LeadFixtures}' generator. */
public final class OpportunityFixtures {

    public static final UserId REP = UserId.of("rep-1");
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private OpportunityFixtures() {
    }

    /** The standard pipeline for the tenant. */
    public static Pipeline pipeline(TenantId tenant, boolean isDefault) {
        return Pipeline.create(PipelineId.of(LeadFixtures.nextId()), tenant, isDefault ? "Sales" : "Renewals", isDefault,
                Pipeline.standardStages(LeadFixtures::nextId), REP, LeadFixtures.BASE_TIME);
    }

    public static StageId stage(PipelineView pipeline, int index) {
        return pipeline.stages().get(index).id();
    }

    /** A deal with every optional field set, in the pipeline's first stage. */
    public static Opportunity fullDeal(PipelineView pipeline, String amount, String currency) {
        OpportunityDetails details = new OpportunityDetails("Engine retrofit", AccountId.of(LeadFixtures.nextId()),
                ContactId.of(LeadFixtures.nextId()), REP, "north", "uk", Money.of(amount, currency),
                LocalDate.of(2026, 6, 30), "Send proposal",
                List.of(new ContactRole(ContactId.of(LeadFixtures.nextId()), "Decision maker"),
                        new ContactRole(ContactId.of(LeadFixtures.nextId()), "Champion")),
                List.of("Babbage & Co", "Difference Ltd"),
                CustomFields.of(Map.of("region_code", CustomValue.text("EMEA"), "seats",
                        CustomValue.number("120"), "renewal", CustomValue.bool(true),
                        "signed_on", CustomValue.date(LocalDate.of(2026, 1, 5)))));
        return Opportunity.create(OpportunityId.of(LeadFixtures.nextId()), pipeline.tenantId(), pipeline, null,
                details, null, REP, LeadFixtures.BASE_TIME, TODAY);
    }

    /** A deal with only the required fields, owned by the given user, in the given stage. */
    public static Opportunity bareDeal(PipelineView pipeline, StageId stage, UserId owner, Money amount,
                                       LocalDate close) {
        OpportunityDetails details = new OpportunityDetails("Deal", null, null, owner, null, null, amount, close, null,
                List.of(), List.of(), CustomFields.none());
        return Opportunity.create(OpportunityId.of(LeadFixtures.nextId()), pipeline.tenantId(), pipeline, stage,
                details, "lost to price", owner, LeadFixtures.BASE_TIME, TODAY);
    }

    public static Instant later(int seconds) {
        return LeadFixtures.BASE_TIME.plusSeconds(seconds);
    }
}
