package org.smartbizflow.crm.core.lead;

import java.util.List;
import java.util.function.Consumer;
import org.smartbizflow.crm.lead.port.in.ScoreLeadsUseCase;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.lead.port.in.Leads;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.lead.LeadId;

/**
 * Binds the lead use cases to a tenant and actor; used by the CRM session. Also supplies the
 * filing of activities about converted leads, which the CRM wires in.
 */
public final class LeadUseCases {

    private LeadUseCases() {
    }

    public static Leads bind(CoreRuntime runtime, CallContext context) {
        return new LeadService(runtime, context);
    }

    /**
     * The in-transaction reaction that files an activity about a converted lead under what the
     * lead became, as the conversion did for the lead's earlier activities.
     */
    public static Consumer<DomainEvent> fileActivitiesOfConvertedLeads(CoreRuntime runtime) {
        return new ConvertedLeadActivityFiling(runtime);
    }

    /** Scores, explanations and bulk re-scoring through the configured lead scorer. */
    public static ScoreLeadsUseCase scores(CoreRuntime runtime, CallContext context) {
        return new LeadScoringService(runtime, context);
    }

    /**
     * The in-transaction reaction that re-scores a lead, once per change, after a change to it
     * or to the activities filed under it; does nothing without a lead scorer.
     */
    public static Consumer<List<? extends DomainEvent>> rescoreChangedLeads(CoreRuntime runtime) {
        return new ChangedLeadRescoring(runtime);
    }

    /**
     * Re-scores the lead in the caller's transaction after a change that records no lead or
     * activity event (a nurture e-mail opened, clicked or replied); does nothing without a lead
     * scorer, and a scorer that fails leaves the earlier score.
     */
    public static void rescore(CoreRuntime runtime, TenantId tenant, LeadId leadId, UserId by) {
        ChangedLeadRescoring.rescoreKeepingFailures(runtime, tenant, leadId, by);
    }
}
