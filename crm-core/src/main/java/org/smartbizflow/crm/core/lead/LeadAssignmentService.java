package org.smartbizflow.crm.core.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.core.phone.PhoneNumberParser;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.lead.DetailsChange;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.assignment.AssignmentDecision;
import org.smartbizflow.crm.lead.assignment.AssignmentRuleSet;
import org.smartbizflow.crm.lead.assignment.LeadProfile;
import org.smartbizflow.crm.lead.assignment.port.in.CaptureRoutedLead;
import org.smartbizflow.crm.lead.assignment.port.in.DefineAssignmentRules;
import org.smartbizflow.crm.lead.assignment.port.in.LeadAssignment;
import org.smartbizflow.crm.lead.assignment.port.in.ReassignByRules;
import org.smartbizflow.crm.lead.assignment.port.in.ReassignmentItem;
import org.smartbizflow.crm.lead.assignment.port.in.ReassignmentReport;
import org.smartbizflow.crm.lead.assignment.port.in.RecordLeadProfile;
import org.smartbizflow.crm.lead.assignment.port.out.AssignmentRepository;
import org.smartbizflow.crm.lead.port.in.BulkOutcome;
import org.smartbizflow.crm.lead.port.in.LeadSelection;
import org.smartbizflow.crm.lead.port.out.LeadRepository;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.UserId;

/** The assignment use cases for one tenant and actor. */
final class LeadAssignmentService implements LeadAssignment {

    static final String RULES_RECORD_TYPE = "AssignmentRuleSet";

    private final CoreRuntime runtime;
    private final CallContext context;
    private final LeadService leadService;
    private final AssignmentRepository assignments;
    private final LeadRepository leads;

    LeadAssignmentService(CoreRuntime runtime, CallContext context) {
        this.runtime = runtime;
        this.context = context;
        this.leadService = new LeadService(runtime, context);
        this.assignments = runtime.persistence().assignments();
        this.leads = runtime.persistence().leads();
    }

    @Override
    public long defineRules(DefineAssignmentRules command) {
        runtime.validate(command);
        runtime.requireAccess(context, Action.UPDATE,
                new RecordAccess(RULES_RECORD_TYPE, context.tenantId().value(), null));
        return runtime.transactions().inTransaction(() -> {
            Optional<AssignmentRuleSet> stored = assignments.findRules(context.tenantId());
            if (command.expectedVersion() != null
                    && command.expectedVersion().longValue() != stored.map(AssignmentRuleSet::version).orElse(-1L)) {
                throw new ConcurrencyConflictException(RULES_RECORD_TYPE, context.tenantId(), command.expectedVersion());
            }
            AssignmentRuleSet ruleSet;
            long newVersion;
            if (stored.isPresent()) {
                ruleSet = stored.get();
                ruleSet.revise(command.rules(), runtime.clock().instant());
                newVersion = ruleSet.version() + 1;
            } else {
                ruleSet = AssignmentRuleSet.define(context.tenantId(), command.rules(), runtime.clock().instant());
                newVersion = 0;
            }
            assignments.saveRules(ruleSet);
            runtime.audit(List.of(runtime.auditEntry(context, RULES_RECORD_TYPE, context.tenantId(), "version",
                    stored.map(AssignmentRuleSet::version).orElse(null), newVersion)));
            return newVersion;
        });
    }

    @Override
    public Optional<AssignmentRuleSet> rules() {
        return runtime.transactions().inTransaction(() -> assignments.findRules(context.tenantId()));
    }

    @Override
    public LeadId captureRouted(CaptureRoutedLead command) {
        runtime.validate(command);
        return leadService.capture(command.lead(), command.profile(), true);
    }

    @Override
    public void recordProfile(RecordLeadProfile command) {
        runtime.validate(command);
        runtime.transactions().inTransaction(() -> {
            Lead lead = leads.find(context.tenantId(), command.leadId())
                    .orElseThrow(() -> new NotFoundException(LeadService.RECORD_TYPE, command.leadId()));
            runtime.requireAccess(context, Action.UPDATE, access(lead.view()));
            assignments.saveProfile(context.tenantId(), lead.id(), command.profile());
            return null;
        });
    }

    @Override
    public AssignmentDecision preview(LeadSource source, LeadProfile profile) {
        return preview(source, profile, org.smartbizflow.crm.shared.CustomFields.none());
    }

    @Override
    public AssignmentDecision preview(LeadSource source, LeadProfile profile,
                                      org.smartbizflow.crm.shared.CustomFields customFields) {
        Preconditions.notNull(source, "source");
        Preconditions.notNull(profile, "profile");
        return runtime.transactions().inTransaction(() -> new LeadRouting(runtime, context.tenantId())
                .decide(source, profile, customFields)
                .orElse(new AssignmentDecision.Unassigned("no assignment rules are defined")));
    }

    @Override
    public ReassignmentReport reassign(ReassignByRules command) {
        runtime.validate(command);
        List<ReassignmentItem> items = new ArrayList<>();
        if (command.selection() instanceof LeadSelection.Ids ids) {
            ids.ids().forEach(id -> items.add(reassignOne(id)));
        } else {
            LeadSelection.Matching matching = (LeadSelection.Matching) command.selection();
            VisibleLeads.forEach(leadService::list, matching.filter(), lead -> items.add(reassignOne(lead.id())));
        }
        return new ReassignmentReport(items);
    }

    private ReassignmentItem reassignOne(LeadId id) {
        try {
            return runtime.transactions().inTransaction(() -> {
                Optional<Lead> found = leads.find(context.tenantId(), id);
                if (found.isEmpty()) {
                    return new ReassignmentItem(id, BulkOutcome.NOT_FOUND, null, null, "no such lead");
                }
                Lead lead = found.get();
                if (!runtime.accessPolicy().permits(context.actor(), Action.ASSIGN, access(lead.view()))) {
                    return new ReassignmentItem(id, BulkOutcome.ACCESS_DENIED, null, null,
                            context.actor().userId() + " may not assign it");
                }
                LeadProfile profile = profileOf(lead.view());
                LeadRouting routing = new LeadRouting(runtime, context.tenantId());
                UserId releasing = LeadRouting.OPEN.contains(lead.status()) ? lead.ownerId() : null;
                Optional<AssignmentDecision> decision = routing.decide(lead.view().source(), profile,
                        lead.view().customFields(), releasing);
                if (decision.isEmpty()) {
                    return new ReassignmentItem(id, BulkOutcome.REFUSED, null, null, "no assignment rules are defined");
                }
                if (decision.get() instanceof AssignmentDecision.Unassigned unassigned) {
                    return new ReassignmentItem(id, BulkOutcome.REFUSED, null, null, unassigned.reason());
                }
                AssignmentDecision.Assigned assigned = (AssignmentDecision.Assigned) decision.get();
                DetailsChange change = lead.assignTo(assigned.owner(), context.actor().userId(), runtime.clock().instant());
                if (change instanceof DetailsChange.Refused refused) {
                    return new ReassignmentItem(id, BulkOutcome.REFUSED, assigned.owner(), assigned.rule(),
                            refused.reason());
                }
                List<FieldChange> changes = ((DetailsChange.Applied) change).changes();
                if (changes.isEmpty()) {
                    return new ReassignmentItem(id, BulkOutcome.UNCHANGED, assigned.owner(), assigned.rule(),
                            "already owned by " + assigned.owner());
                }
                routing.commit(assigned);
                leads.update(lead);
                List<AuditEntry> audit = new ArrayList<>();
                changes.forEach(c -> audit.add(runtime.auditEntry(context, LeadService.RECORD_TYPE, id, c.field(),
                        c.oldValue(), c.newValue())));
                audit.add(runtime.auditEntry(context, LeadService.RECORD_TYPE, id, "assignmentRule", null,
                        assigned.rule()));
                runtime.audit(audit);
                runtime.recordEvents(lead.pullEvents());
                return new ReassignmentItem(id, BulkOutcome.APPLIED, assigned.owner(), assigned.rule(), null);
            });
        } catch (ConcurrencyConflictException e) {
            return new ReassignmentItem(id, BulkOutcome.CONFLICT, null, null, e.getMessage());
        }
    }

    /** The stored profile, or what the lead itself tells (the country of its phone number). */
    private LeadProfile profileOf(LeadView lead) {
        LeadProfile stored = assignments.findProfiles(context.tenantId(), List.of(lead.id())).get(lead.id());
        if (stored != null) {
            return stored;
        }
        return LeadProfile.unknown().inCountry(PhoneNumberParser.countryOf(lead.phone()).orElse(null));
    }

    private static RecordAccess access(LeadView lead) {
        return new RecordAccess(LeadService.RECORD_TYPE, lead.id().toString(), lead.ownerId());
    }
}
