package org.smartbizflow.crm.core.lead;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.core.transfer.ImportFiles;
import org.smartbizflow.crm.lead.Conversion;
import org.smartbizflow.crm.lead.DetailsChange;
import org.smartbizflow.crm.lead.DuplicateGroup;
import org.smartbizflow.crm.lead.LeadMilestone;
import org.smartbizflow.crm.lead.DuplicateLeadException;
import org.smartbizflow.crm.lead.DuplicateMatch;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadCount;
import org.smartbizflow.crm.lead.LeadDimension;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.MergeResult;
import org.smartbizflow.crm.lead.Qualification;
import org.smartbizflow.crm.lead.assignment.AssignmentDecision;
import org.smartbizflow.crm.lead.assignment.LeadProfile;
import org.smartbizflow.crm.core.phone.PhoneNumberParser;
import org.smartbizflow.crm.lead.StatusChange;
import org.smartbizflow.crm.lead.port.in.BulkItemResult;
import org.smartbizflow.crm.lead.port.in.ConversionResult;
import org.smartbizflow.crm.lead.port.in.ConvertLead;
import org.smartbizflow.crm.lead.port.in.BulkLeadCommand;
import org.smartbizflow.crm.lead.port.in.BulkMergeLeads;
import org.smartbizflow.crm.lead.port.in.BulkOutcome;
import org.smartbizflow.crm.lead.port.in.MergeGroup;
import org.smartbizflow.crm.lead.port.in.RecordLeadScore;
import org.smartbizflow.crm.lead.port.in.UpdateLead;
import org.smartbizflow.crm.lead.port.in.BulkReport;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.LeadBreakdown;
import org.smartbizflow.crm.lead.port.in.ChangeLeadStatus;
import org.smartbizflow.crm.lead.port.in.ImportOptions;
import org.smartbizflow.crm.lead.port.in.ImportReport;
import org.smartbizflow.crm.lead.port.in.Leads;
import org.smartbizflow.crm.lead.port.in.ListLeads;
import org.smartbizflow.crm.lead.port.in.MergeLeads;
import org.smartbizflow.crm.lead.port.in.QualifyLead;
import org.smartbizflow.crm.lead.port.in.DisqualifyLead;
import org.smartbizflow.crm.lead.port.out.LeadRepository;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Visibility;

/** The lead use cases for one tenant and actor. */
final class LeadService implements Leads {

    static final String RECORD_TYPE = "Lead";

    private final CoreRuntime runtime;
    private final CallContext context;
    private final LeadRepository leads;

    LeadService(CoreRuntime runtime, CallContext context) {
        this.runtime = runtime;
        this.context = context;
        this.leads = runtime.persistence().leads();
    }

    @Override
    public LeadId capture(CaptureLead command) {
        LeadProfile profile = LeadProfile.unknown()
                .inCountry(PhoneNumberParser.countryOf(command.phone()).orElse(null));
        return capture(command, profile, false);
    }

    /**
     * Captures the lead; without an owner in the command the assignment rules pick one from the
     * source and profile (the acting user when there are no rules or none assigns it).
     */
    LeadId capture(CaptureLead command, LeadProfile profile, boolean storeProfile) {
        runtime.validate(command);
        UserId requested = command.ownerId() != null ? command.ownerId() : context.actor().userId();
        runtime.requireAccess(context, Action.CREATE, new RecordAccess(RECORD_TYPE, null, requested));
        return runtime.transactions().inTransaction(() -> {
            if (runtime.duplicateRules().blockOnCapture()) {
                List<DuplicateMatch> duplicates = duplicates().of(command.name(), command.company(), command.email(),
                        command.phone());
                if (!duplicates.isEmpty()) {
                    throw new DuplicateLeadException(duplicates);
                }
            }
            UserId owner = requested;
            String rule = null;
            if (command.ownerId() == null) {
                java.util.Optional<AssignmentDecision> decision = new LeadRouting(runtime, context.tenantId())
                        .assign(command.source(), profile, command.customFields());
                if (decision.isPresent() && decision.get() instanceof AssignmentDecision.Assigned assigned) {
                    owner = assigned.owner();
                    rule = assigned.rule();
                }
            }
            Instant now = runtime.clock().instant();
            Lead lead = Lead.capture(new LeadId(runtime.ids().next()), context.tenantId(), owner, command.name(),
                    command.company(), command.email(), command.phone(), command.source(), command.attribution(),
                    command.customFields(), command.tags(), now);
            leads.insert(lead);
            if (storeProfile) {
                runtime.persistence().assignments().saveProfile(context.tenantId(), lead.id(), profile);
            }
            List<AuditEntry> audit = creationAudit(lead.view());
            if (rule != null) {
                audit.add(runtime.auditEntry(context, RECORD_TYPE, lead.id(), "assignmentRule", null, rule));
            }
            runtime.audit(audit);
            runtime.recordEvents(lead.pullEvents());
            return lead.id();
        });
    }

    @Override
    public LeadView get(LeadId id) {
        LeadView lead = runtime.transactions().inTransaction(() -> load(id).view());
        runtime.requireAccess(context, Action.READ, access(lead));
        return lead;
    }

    @Override
    public Page<LeadView> list(ListLeads query) {
        runtime.validate(query);
        LeadFilter visible = restrictToVisible(query.filter());
        if (visible == null) {
            return Page.last(List.of());
        }
        return runtime.transactions().inTransaction(() -> leads.search(context.tenantId(), visible, query.sort(),
                query.page()));
    }

    @Override
    public long count(ListLeads query) {
        runtime.validate(query);
        LeadFilter visible = restrictToVisible(query.filter());
        if (visible == null) {
            return 0;
        }
        return runtime.transactions().inTransaction(() -> leads.count(context.tenantId(), visible));
    }

    @Override
    public StatusChange changeStatus(ChangeLeadStatus command) {
        runtime.validate(command);
        return runtime.transactions().inTransaction(() -> {
            Lead lead = load(command.leadId());
            runtime.requireAccess(context, Action.UPDATE, access(lead.view()));
            if (command.expectedVersion() != null && command.expectedVersion() != lead.version()) {
                throw new ConcurrencyConflictException(RECORD_TYPE, lead.id(), command.expectedVersion());
            }
            StatusChange result = lead.changeStatus(command.status(), context.actor().userId(), runtime.clock().instant());
            if (result instanceof StatusChange.Changed changed) {
                leads.update(lead);
                runtime.audit(List.of(runtime.auditEntry(context, RECORD_TYPE, lead.id(), "status",
                        changed.from(), changed.to())));
                runtime.recordEvents(lead.pullEvents());
            }
            return result;
        });
    }

    @Override
    public ImportReport importCsv(Path file, ImportOptions options) {
        return ImportFiles.read(file, in -> importCsv(in, options));
    }

    @Override
    public ImportReport importCsv(InputStream csv, ImportOptions options) {
        Preconditions.notNull(csv, "csv");
        Preconditions.notNull(options, "options");
        return new LeadImport(runtime, context, options).run(csv);
    }

    @Override
    public long exportCsv(LeadFilter filter, OutputStream out) {
        return new LeadExport(this::list, this::customKeys).csv(Preconditions.notNull(filter, "filter"), out);
    }

    @Override
    public long exportJson(LeadFilter filter, OutputStream out) {
        return new LeadExport(this::list, this::customKeys).json(Preconditions.notNull(filter, "filter"), out);
    }

    /** The custom field keys the visible leads of the filter use. */
    private List<org.smartbizflow.crm.lead.CustomFieldKey> customKeys(LeadFilter filter) {
        LeadFilter visible = restrictToVisible(filter);
        return visible == null ? List.of()
                : runtime.transactions().inTransaction(() -> leads.customFieldKeys(context.tenantId(), visible));
    }

    @Override
    public BulkReport apply(BulkLeadCommand command) {
        runtime.validate(command);
        return new LeadBulk(runtime, context, this::list).apply(command);
    }

    @Override
    public LeadBreakdown breakdown(LeadFilter filter, LeadDimension dimension) {
        Preconditions.notNull(filter, "filter");
        Preconditions.notNull(dimension, "dimension");
        LeadFilter visible = restrictToVisible(filter);
        if (visible == null) {
            return new LeadBreakdown(dimension, List.of());
        }
        List<LeadCount> counts = runtime.transactions().inTransaction(
                () -> leads.countByStatus(context.tenantId(), visible, dimension));
        Map<String, Map<LeadStatus, Long>> groups = new HashMap<>();
        for (LeadCount count : counts) {
            groups.computeIfAbsent(count.group(), g -> new EnumMap<>(LeadStatus.class))
                    .merge(count.status(), count.count(), Long::sum);
        }
        // a funnel reads in lifecycle order; other dimensions largest group first
        Comparator<LeadBreakdown.Row> order = dimension == LeadDimension.STATUS
                ? Comparator.comparing(row -> LeadStatus.valueOf(row.group()))
                : dimension.isPeriod() ? Comparator.comparing(LeadBreakdown.Row::group)
                : Comparator.comparingLong(LeadBreakdown.Row::total).reversed().thenComparing(LeadBreakdown.Row::group);
        List<LeadBreakdown.Row> rows = groups.entrySet().stream()
                .map(e -> new LeadBreakdown.Row(e.getKey(), e.getValue()))
                .sorted(order)
                .toList();
        return new LeadBreakdown(dimension, rows);
    }

    @Override
    public Optional<Duration> medianTimeTo(LeadFilter filter, LeadMilestone milestone) {
        Preconditions.notNull(filter, "filter");
        Preconditions.notNull(milestone, "milestone");
        LeadFilter visible = restrictToVisible(filter);
        if (visible == null) {
            return Optional.empty();
        }
        return runtime.transactions().inTransaction(() -> leads.medianTimeTo(context.tenantId(), visible, milestone));
    }

    @Override
    public DetailsChange update(UpdateLead command) {
        runtime.validate(command);
        return runtime.transactions().inTransaction(() -> {
            Lead lead = load(command.leadId());
            runtime.requireAccess(context, Action.UPDATE, access(lead.view()));
            if (command.expectedVersion() != null && command.expectedVersion() != lead.version()) {
                throw new ConcurrencyConflictException(RECORD_TYPE, lead.id(), command.expectedVersion());
            }
            UserId actor = context.actor().userId();
            Instant now = runtime.clock().instant();
            List<DetailsChange> steps = new ArrayList<>();
            if (command.details() != null) {
                UpdateLead.Details d = command.details();
                steps.add(lead.updateDetails(d.name(), d.company(), d.email(), d.phone(), actor, now));
            }
            if (command.attribution() != null) {
                steps.add(lead.attribute(command.attribution(), actor, now));
            }
            if (!command.customFields().isEmpty()) {
                steps.add(lead.updateCustomFields(command.customFields(), actor, now));
            }
            if (!command.addTags().isEmpty()) {
                steps.add(lead.tag(command.addTags(), actor, now));
            }
            if (!command.removeTags().isEmpty()) {
                steps.add(lead.untag(command.removeTags(), actor, now));
            }
            return store(lead, steps);
        });
    }

    @Override
    public DetailsChange recordScore(RecordLeadScore command) {
        runtime.validate(command);
        return runtime.transactions().inTransaction(() -> {
            Lead lead = load(command.leadId());
            runtime.requireAccess(context, Action.UPDATE, access(lead.view()));
            return store(lead, List.of(lead.rescore(command.score(), context.actor().userId(), runtime.clock().instant())));
        });
    }

    /** Stores the lead with an audit entry per changed field, unless a step refused (then nothing is kept). */
    private DetailsChange store(Lead lead, List<DetailsChange> steps) {
        List<FieldChange> changes = new ArrayList<>();
        for (DetailsChange step : steps) {
            if (step instanceof DetailsChange.Refused refused) {
                return refused;
            }
            changes.addAll(((DetailsChange.Applied) step).changes());
        }
        if (!changes.isEmpty()) {
            leads.update(lead);
            runtime.audit(changes.stream().map(c -> runtime.auditEntry(context, RECORD_TYPE, lead.id(), c.field(),
                    c.oldValue(), c.newValue())).toList());
            runtime.recordEvents(lead.pullEvents());
        }
        return new DetailsChange.Applied(changes);
    }

    @Override
    public BulkReport mergeAll(BulkMergeLeads command) {
        runtime.validate(command);
        List<BulkItemResult> results = new ArrayList<>();
        for (MergeGroup group : command.groups()) {
            for (LeadId merged : group.merged()) {
                results.add(mergeOne(group.survivor(), merged, command));
            }
        }
        return new BulkReport(results);
    }

    /** One pair of a bulk merge, in its own transaction, reported rather than thrown. */
    private BulkItemResult mergeOne(LeadId survivor, LeadId merged, BulkMergeLeads command) {
        try {
            MergeResult result = merge(new MergeLeads(survivor, merged, command.choices()));
            if (result instanceof MergeResult.Refused refused) {
                return new BulkItemResult(merged, BulkOutcome.REFUSED, refused.reason());
            }
            if (result instanceof MergeResult.AlreadyMerged) {
                return new BulkItemResult(merged, BulkOutcome.UNCHANGED, "already merged into " + survivor);
            }
            return new BulkItemResult(merged, BulkOutcome.APPLIED, null);
        } catch (NotFoundException e) {
            return new BulkItemResult(merged, BulkOutcome.NOT_FOUND, e.getMessage());
        } catch (org.smartbizflow.crm.shared.AccessDeniedException e) {
            return new BulkItemResult(merged, BulkOutcome.ACCESS_DENIED, e.getMessage());
        } catch (ConcurrencyConflictException e) {
            return new BulkItemResult(merged, BulkOutcome.CONFLICT, e.getMessage());
        } catch (ValidationException e) {
            return new BulkItemResult(merged, BulkOutcome.REFUSED, e.getMessage());
        }
    }

    @Override
    public ConversionResult convert(ConvertLead command) {
        runtime.validate(command);
        return runtime.transactions().inTransaction(() -> {
            Lead lead = load(command.leadId());
            runtime.requireAccess(context, Action.UPDATE, access(lead.view()));
            LeadView view = lead.view();
            if (view.status() == LeadStatus.CONVERTED && view.conversion() != null) {
                Conversion done = view.conversion();
                return new ConversionResult.Converted(lead.id(), done.accountId(), false, done.contactId(), false,
                        done.opportunityId(), true);
            }
            if (!view.status().canMoveTo(LeadStatus.CONVERTED)) {
                return new ConversionResult.Refused(lead.id(), view.status().isFinal()
                        ? "a " + view.status().name().toLowerCase(java.util.Locale.ROOT) + " lead is final"
                        : "only a QUALIFIED lead converts; this one is " + view.status());
            }
            return new LeadConversion(runtime, context).convert(lead, command);
        });
    }

    @Override
    public List<DuplicateMatch> duplicatesOf(CaptureLead candidate) {
        runtime.validate(candidate);
        return runtime.transactions().inTransaction(() -> duplicates().of(candidate.name(), candidate.company(),
                candidate.email(), candidate.phone()));
    }

    @Override
    public List<DuplicateGroup> scanDuplicates(LeadFilter scope) {
        Preconditions.notNull(scope, "scope");
        return duplicates().scan(scope, this::list);
    }

    @Override
    public MergeResult merge(MergeLeads command) {
        runtime.validate(command);
        return runtime.transactions().inTransaction(() -> {
            Lead survivor = load(command.survivor());
            Lead merged = load(command.merged());
            runtime.requireAccess(context, Action.UPDATE, access(survivor.view()));
            runtime.requireAccess(context, Action.UPDATE, access(merged.view()));
            Instant now = runtime.clock().instant();
            MergeResult result = survivor.absorb(merged, command.choices(), context.actor().userId(), now);
            if (result instanceof MergeResult.Merged done) {
                leads.update(survivor);
                leads.update(merged);
                String survivorId = survivor.id().toString();
                String mergedId = merged.id().toString();
                runtime.persistence().auditLog().moveHistory(context.tenantId(), RECORD_TYPE, mergedId, survivorId);
                int activitiesMoved = runtime.persistence().activities().relink(context.tenantId(),
                        RecordLink.lead(merged.id()), RecordLink.lead(survivor.id()), now);
                List<AuditEntry> audit = new ArrayList<>();
                if (activitiesMoved > 0) {
                    audit.add(runtime.auditEntry(context, RECORD_TYPE, survivor.id(), "activitiesMoved", null,
                            activitiesMoved));
                }
                done.changes().forEach(c -> audit.add(runtime.auditEntry(context, RECORD_TYPE, survivor.id(), c.field(),
                        c.oldValue(), c.newValue())));
                audit.add(runtime.auditEntry(context, RECORD_TYPE, survivor.id(), "merged", null, mergedId));
                audit.add(runtime.auditEntry(context, RECORD_TYPE, merged.id(), "status", done.mergedStatus(),
                        LeadStatus.MERGED));
                audit.add(runtime.auditEntry(context, RECORD_TYPE, merged.id(), "mergedInto", null, survivorId));
                runtime.audit(audit);
                runtime.recordEvents(survivor.pullEvents());
            }
            return result;
        });
    }

    @Override
    public StatusChange qualify(QualifyLead command) {
        runtime.validate(command);
        return decide(command.leadId(), lead -> lead.qualify(command.findings(), context.actor().userId(),
                runtime.clock().instant()));
    }

    @Override
    public StatusChange disqualify(DisqualifyLead command) {
        runtime.validate(command);
        return decide(command.leadId(), lead -> lead.disqualify(command.reason(), command.note(),
                context.actor().userId(), runtime.clock().instant()));
    }

    /** Applies a qualification decision and stores it with an audit entry per changed field. */
    private StatusChange decide(LeadId id, java.util.function.Function<Lead, StatusChange> decision) {
        return runtime.transactions().inTransaction(() -> {
            Lead lead = load(id);
            runtime.requireAccess(context, Action.UPDATE, access(lead.view()));
            LeadView before = lead.view();
            StatusChange result = decision.apply(lead);
            LeadView after = lead.view();
            if (!(result instanceof StatusChange.Refused) && !after.equals(before)) {
                leads.update(lead);
                List<AuditEntry> audit = new ArrayList<>();
                addChange(audit, lead.id(), "status", before.status(), after.status());
                Qualification was = before.qualification();
                Qualification now = after.qualification();
                addChange(audit, lead.id(), "budget", was == null ? null : was.budget(), now.budget());
                addChange(audit, lead.id(), "decisionMaker", was == null ? null : was.decisionMaker(), now.decisionMaker());
                addChange(audit, lead.id(), "need", was == null ? null : was.need(), now.need());
                addChange(audit, lead.id(), "decisionBy", was == null ? null : was.decisionBy(), now.decisionBy());
                addChange(audit, lead.id(), "disqualifiedFor", was == null ? null : was.disqualifiedFor(),
                        now.disqualifiedFor());
                addChange(audit, lead.id(), "disqualifyNote", was == null ? null : was.disqualifyNote(),
                        now.disqualifyNote());
                runtime.audit(audit);
                runtime.recordEvents(lead.pullEvents());
            }
            return result;
        });
    }

    private void addChange(List<AuditEntry> audit, LeadId id, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            audit.add(runtime.auditEntry(context, RECORD_TYPE, id, field, before, after));
        }
    }

    private LeadDuplicates duplicates() {
        return new LeadDuplicates(runtime.duplicateRules(), leads, context.tenantId());
    }

    private Lead load(LeadId id) {
        return leads.find(context.tenantId(), id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    }

    /** The filter narrowed to what the actor may see, or null when nothing can match. */
    private LeadFilter restrictToVisible(LeadFilter filter) {
        Visibility visibility = runtime.accessPolicy().visibility(context.actor(), RECORD_TYPE);
        if (visibility instanceof Visibility.OwnedBy ownedBy) {
            Set<UserId> owners = new HashSet<>(ownedBy.owners());
            if (!filter.owners().isEmpty()) {
                owners.retainAll(filter.owners());
            }
            return owners.isEmpty() ? null : filter.withOwners(owners);
        }
        return filter;
    }

    private static RecordAccess access(LeadView lead) {
        return new RecordAccess(RECORD_TYPE, lead.id().toString(), lead.ownerId());
    }

    private List<AuditEntry> creationAudit(LeadView lead) {
        List<AuditEntry> entries = new ArrayList<>();
        addIfSet(entries, lead, "name", lead.name());
        addIfSet(entries, lead, "company", lead.company());
        addIfSet(entries, lead, "email", lead.email());
        addIfSet(entries, lead, "phone", lead.phone());
        addIfSet(entries, lead, "source", lead.source());
        addIfSet(entries, lead, "status", lead.status());
        addIfSet(entries, lead, "owner", lead.ownerId());
        lead.attribution().parts().forEach((field, value) -> addIfSet(entries, lead, field, value));
        lead.customFields().values().forEach((key, value) -> addIfSet(entries, lead, "custom." + key, value.asText()));
        addIfSet(entries, lead, "tags", Lead.tagText(lead.tags()));
        return entries;
    }

    private void addIfSet(List<AuditEntry> entries, LeadView lead, String field, Object value) {
        if (value != null) {
            entries.add(runtime.auditEntry(context, RECORD_TYPE, lead.id(), field, null, value));
        }
    }
}
