package org.smartbizflow.crm.core.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.Visibility;

/** What every sales service shares: the runtime, the caller, the deal seam and the clock. */
final class SalesSupport {

    private final CoreRuntime runtime;
    private final CallContext context;
    private final DealLink deals;

    SalesSupport(CoreRuntime runtime, CallContext context, DealLink deals) {
        this.runtime = runtime;
        this.context = context;
        this.deals = deals;
    }

    CoreRuntime runtime() {
        return runtime;
    }

    CrmPersistence store() {
        return runtime.persistence();
    }

    DealLink deals() {
        return deals;
    }

    TenantId tenant() {
        return context.tenantId();
    }

    UserId actor() {
        return context.actor().userId();
    }

    Instant now() {
        return runtime.clock().instant();
    }

    /** Today in the clock's zone: validity and renewal dates are calendar days. */
    LocalDate today() {
        return LocalDate.now(runtime.clock());
    }

    UUID nextId() {
        return runtime.ids().next();
    }

    <T> T tx(java.util.function.Supplier<T> work) {
        return runtime.transactions().inTransaction(work);
    }

    void require(Action action, String recordType, Object id, UserId owner) {
        runtime.requireAccess(context, action, new RecordAccess(recordType, id == null ? null : id.toString(), owner));
    }

    /**
     * Checks the action on a deal: against the deal's owner when the CRM knows the deal,
     * otherwise against the acting user (the host that owns the deal has decided).
     */
    void requireDeal(Action action, OpportunityId opportunityId) {
        UserId owner = deals.ownerOf(opportunityId).orElse(actor());
        require(action, "Opportunity", opportunityId, owner);
    }

    /** Which records of the type the actor may see in lists. */
    Visibility visibility(String recordType) {
        return runtime.accessPolicy().visibility(context.actor(), recordType);
    }

    void audit(String recordType, Object id, String field, Object oldValue, Object newValue) {
        runtime.audit(List.of(runtime.auditEntry(context, recordType, id, field, oldValue, newValue)));
    }
}
