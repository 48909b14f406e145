package org.smartbizflow.crm.core.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.lead.DetailsChange;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadEvent;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.StatusChange;
import org.smartbizflow.crm.lead.port.in.BulkItemResult;
import org.smartbizflow.crm.lead.port.in.BulkLeadAction;
import org.smartbizflow.crm.lead.port.in.BulkLeadCommand;
import org.smartbizflow.crm.lead.port.in.BulkOutcome;
import org.smartbizflow.crm.lead.port.in.BulkReport;
import org.smartbizflow.crm.lead.port.in.LeadSelection;
import org.smartbizflow.crm.lead.port.in.ListLeads;
import org.smartbizflow.crm.lead.port.out.LeadRepository;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.RecordAccess;

/**
 * One bulk operation: each selected lead in a transaction of its own, with the access policy
 * asked per lead and one result per lead.
 */
final class LeadBulk {

    private final CoreRuntime runtime;
    private final CallContext context;
    private final LeadRepository leads;
    private final Function<ListLeads, Page<LeadView>> visibleLeads;

    LeadBulk(CoreRuntime runtime, CallContext context, Function<ListLeads, Page<LeadView>> visibleLeads) {
        this.runtime = runtime;
        this.context = context;
        this.leads = runtime.persistence().leads();
        this.visibleLeads = visibleLeads;
    }

    BulkReport apply(BulkLeadCommand command) {
        List<BulkItemResult> results = new ArrayList<>();
        if (command.selection() instanceof LeadSelection.Ids ids) {
            for (LeadId id : ids.ids()) {
                results.add(applyOne(id, command.action()));
            }
        } else {
            LeadSelection.Matching matching = (LeadSelection.Matching) command.selection();
            VisibleLeads.forEach(visibleLeads, matching.filter(), lead -> results.add(applyOne(lead.id(), command.action())));
        }
        return new BulkReport(results);
    }

    private BulkItemResult applyOne(LeadId id, BulkLeadAction action) {
        try {
            return runtime.transactions().inTransaction(() -> {
                Optional<Lead> found = leads.find(context.tenantId(), id);
                if (found.isEmpty()) {
                    return new BulkItemResult(id, BulkOutcome.NOT_FOUND, "no such lead");
                }
                Lead lead = found.get();
                Action needed = action instanceof BulkLeadAction.Delete ? Action.DELETE
                        : action instanceof BulkLeadAction.AssignOwner ? Action.ASSIGN : Action.UPDATE;
                if (!runtime.accessPolicy().permits(context.actor(), needed,
                        new RecordAccess(LeadService.RECORD_TYPE, id.toString(), lead.ownerId()))) {
                    return new BulkItemResult(id, BulkOutcome.ACCESS_DENIED,
                            context.actor().userId() + " may not " + needed.name().toLowerCase(java.util.Locale.ROOT) + " it");
                }
                return perform(lead, action);
            });
        } catch (ConcurrencyConflictException e) {
            return new BulkItemResult(id, BulkOutcome.CONFLICT, e.getMessage());
        }
    }

    private BulkItemResult perform(Lead lead, BulkLeadAction action) {
        LeadId id = lead.id();
        if (action instanceof BulkLeadAction.AssignOwner assign) {
            DetailsChange change = lead.assignTo(assign.owner(), context.actor().userId(), runtime.clock().instant());
            if (change instanceof DetailsChange.Refused refused) {
                return new BulkItemResult(id, BulkOutcome.REFUSED, refused.reason());
            }
            List<FieldChange> changes = ((DetailsChange.Applied) change).changes();
            if (changes.isEmpty()) {
                return new BulkItemResult(id, BulkOutcome.UNCHANGED, "already owned by " + assign.owner());
            }
            store(lead, changes);
            return new BulkItemResult(id, BulkOutcome.APPLIED, null);
        }
        if (action instanceof BulkLeadAction.ChangeStatus move) {
            StatusChange change = lead.changeStatus(move.status(), context.actor().userId(), runtime.clock().instant());
            if (change instanceof StatusChange.Refused refused) {
                return new BulkItemResult(id, BulkOutcome.REFUSED, refused.reason());
            }
            if (change instanceof StatusChange.Unchanged) {
                return new BulkItemResult(id, BulkOutcome.UNCHANGED, "already " + move.status());
            }
            StatusChange.Changed changed = (StatusChange.Changed) change;
            store(lead, List.of(new FieldChange("status", changed.from().name(), changed.to().name())));
            return new BulkItemResult(id, BulkOutcome.APPLIED, null);
        }
        if (action instanceof BulkLeadAction.AddTags || action instanceof BulkLeadAction.RemoveTags) {
            DetailsChange change = action instanceof BulkLeadAction.AddTags add
                    ? lead.tag(add.tags(), context.actor().userId(), runtime.clock().instant())
                    : lead.untag(((BulkLeadAction.RemoveTags) action).tags(), context.actor().userId(),
                    runtime.clock().instant());
            if (change instanceof DetailsChange.Refused refused) {
                return new BulkItemResult(id, BulkOutcome.REFUSED, refused.reason());
            }
            List<FieldChange> changes = ((DetailsChange.Applied) change).changes();
            if (changes.isEmpty()) {
                return new BulkItemResult(id, BulkOutcome.UNCHANGED, "the tags were already as asked");
            }
            store(lead, changes);
            return new BulkItemResult(id, BulkOutcome.APPLIED, null);
        }
        leads.delete(context.tenantId(), id, lead.version());
        runtime.audit(List.of(runtime.auditEntry(context, LeadService.RECORD_TYPE, id, "*", "lead", null)));
        runtime.recordEvents(List.of(new LeadEvent.LeadDeleted(context.tenantId(), id, context.actor().userId(),
                runtime.clock().instant())));
        return new BulkItemResult(id, BulkOutcome.APPLIED, null);
    }

    private void store(Lead lead, List<FieldChange> changes) {
        leads.update(lead);
        runtime.audit(changes.stream().map(c -> runtime.auditEntry(context, LeadService.RECORD_TYPE, lead.id(), c.field(),
                c.oldValue(), c.newValue())).toList());
        runtime.recordEvents(lead.pullEvents());
    }
}
