package org.smartbizflow.crm.core.lead;

import static org.smartbizflow.crm.core.transfer.CellConversion.convert;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.smartbizflow.crm.core.phone.PhoneNumberParser;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.core.transfer.ChunkedImport;
import org.smartbizflow.crm.core.transfer.CsvRecords;
import org.smartbizflow.crm.core.transfer.CustomColumns;
import org.smartbizflow.crm.core.transfer.HeaderMapping;
import org.smartbizflow.crm.core.transfer.ImportTally;
import org.smartbizflow.crm.lead.Attribution;
import org.smartbizflow.crm.lead.CustomFieldKey;
import org.smartbizflow.crm.lead.DetailsChange;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadEvent;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.port.in.ImportOptions;
import org.smartbizflow.crm.lead.port.in.ImportReport;
import org.smartbizflow.crm.lead.port.in.LeadField;
import org.smartbizflow.crm.lead.port.out.LeadRepository;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Violation;
import org.smartbizflow.crm.shared.port.in.DuplicatePolicy;
import org.smartbizflow.crm.shared.port.in.RowRejection;

/**
 * One run of a CSV lead import on the shared import pipeline ({@link ChunkedImport}): a reader
 * thread turns each row into a candidate lead or a rejection, one chunk ahead of the calling
 * thread, which writes each chunk in one transaction. Every data row ends in exactly one of
 * stored, updated, skipped or rejected. A chunk whose transaction fails is written again row
 * by row, so that only the rows that really fail are rejected.
 */
final class LeadImport {

    private final CoreRuntime runtime;
    private final CallContext context;
    private final LeadRepository leads;
    private final ImportOptions options;
    private final PhoneNumberParser phones;
    private final UUID importId;

    private final ImportTally tally = new ImportTally();
    /**
     * The addresses a dry run's earlier chunks would have stored, which its later chunks then
     * find as stored leads, as a real run's do (one entry per distinct address).
     */
    private final Set<EmailAddress> storedByDryRun = new HashSet<>();

    /** A row that passed parsing; becomes a lead, an update, or a skip. */
    private record Candidate(long line, String name, String company, EmailAddress email, PhoneNumber phone,
                             LeadSource source, UserId owner, Attribution attribution, Map<String, CustomValue> custom,
                             Set<Tag> tags) {
    }

    /** Custom field columns; set before the reader thread starts, read only after. */
    private final CustomColumns customColumns;

    LeadImport(CoreRuntime runtime, CallContext context, ImportOptions options) {
        this.runtime = runtime;
        this.context = context;
        this.leads = runtime.persistence().leads();
        this.options = options;
        this.customColumns = new CustomColumns(LeadField.CUSTOM_PREFIX, options.customTypes());
        this.phones = options.phoneRegion() == null ? null : PhoneNumberParser.forRegion(options.phoneRegion());
        this.importId = runtime.ids().next();
    }

    ImportReport run(InputStream raw) {
        try (CsvRecords records = CsvRecords.open(raw, options.charset(), options.delimiter())) {
            List<String> header = records.header();
            Map<String, CustomFieldKey> customMapping = new LinkedHashMap<>();
            HeaderMapping<LeadField> mapping = mapColumns(header, customMapping);
            new ChunkedImport<Candidate>("crm-lead-import-reader", options.chunkSize(), tally, options.onProgress())
                    .run(records, (line, record, candidates, rejections) ->
                            parse(line, record, mapping, candidates, rejections),
                            chunk -> write(permitted(chunk)));
            return new ImportReport(options.dryRun(), records.charset(), records.delimiter(), mapping.byHeader(),
                    mapping.ignored(), tally.rowsRead(), tally.stored(), tally.updated(), tally.skipped(),
                    tally.rejectedByLine(), customMapping);
        }
    }

    /** The candidates the actor may create leads for; the others are rejected on the owner field. */
    private List<Candidate> permitted(List<Candidate> candidates) {
        List<Candidate> allowed = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (runtime.accessPolicy().permits(context.actor(), Action.CREATE,
                    new RecordAccess(LeadService.RECORD_TYPE, null, c.owner()))) {
                allowed.add(c);
            } else {
                tally.rejected(c.line(), "owner", context.actor().userId() + " may not create leads for " + c.owner());
            }
        }
        return allowed;
    }

    private HeaderMapping<LeadField> mapColumns(List<String> header, Map<String, CustomFieldKey> customMapping) {
        HeaderMapping<LeadField> mapping = HeaderMapping.of(header, options.columns(), LeadField::forHeader,
                customColumns::claim);
        customColumns.byHeader().forEach((name, column) ->
                customMapping.put(name, new CustomFieldKey(column.key(), column.type())));
        boolean hasName = mapping.maps(LeadField.NAME) || mapping.maps(LeadField.FIRST_NAME)
                || mapping.maps(LeadField.LAST_NAME);
        if (!hasName) {
            throw new ValidationException("columns", "no column maps to the lead's name (header: " + header
                    + "); map one to NAME, or FIRST_NAME/LAST_NAME");
        }
        return mapping;
    }

    private void parse(long line, List<String> record, HeaderMapping<LeadField> mapping, List<Candidate> candidates,
                       List<RowRejection> rejections) {
        Map<LeadField, String> cells = new EnumMap<>(LeadField.class);
        if (!mapping.read(line, record, cells, rejections)) {
            return;
        }
        List<Violation> problems = new ArrayList<>();
        String name = cells.get(LeadField.NAME);
        if (name == null && (cells.containsKey(LeadField.FIRST_NAME) || cells.containsKey(LeadField.LAST_NAME))) {
            name = (cells.getOrDefault(LeadField.FIRST_NAME, "") + " " + cells.getOrDefault(LeadField.LAST_NAME, "")).strip();
        }
        if (name == null) {
            problems.add(new Violation("name", "must not be blank"));
        } else if (name.length() > Lead.NAME_MAX) {
            problems.add(new Violation("name", "must be at most " + Lead.NAME_MAX + " characters long"));
        }
        String company = cells.get(LeadField.COMPANY);
        if (company != null && company.length() > Lead.COMPANY_MAX) {
            problems.add(new Violation("company", "must be at most " + Lead.COMPANY_MAX + " characters long"));
        }
        EmailAddress email = convert(problems, cells.get(LeadField.EMAIL), EmailAddress::of);
        PhoneNumber phone = convert(problems, cells.get(LeadField.PHONE),
                text -> phones != null ? phones.parse(text, "phone") : PhoneNumber.parse(text));
        LeadSource source = options.source();
        String sourceText = cells.get(LeadField.SOURCE);
        if (sourceText != null) {
            source = parseSource(sourceText, problems);
        }
        UserId owner = cells.containsKey(LeadField.OWNER)
                ? convert(problems, cells.get(LeadField.OWNER), UserId::of) : context.actor().userId();
        Attribution attribution = convert(problems, "", text -> new Attribution(cells.get(LeadField.CAMPAIGN_ID),
                cells.get(LeadField.CAMPAIGN_NAME), cells.get(LeadField.UTM_SOURCE), cells.get(LeadField.UTM_MEDIUM),
                cells.get(LeadField.UTM_CAMPAIGN), cells.get(LeadField.UTM_TERM), cells.get(LeadField.UTM_CONTENT)));
        Set<Tag> tags = new TreeSet<>();
        String tagCell = cells.get(LeadField.TAGS);
        if (tagCell != null) {
            for (String part : tagCell.split(",")) {
                if (!part.isBlank()) {
                    Tag tag = convert(problems, part, Tag::of);
                    if (tag != null) {
                        tags.add(tag);
                    }
                }
            }
            if (tags.size() > Lead.MAX_TAGS) {
                problems.add(new Violation("tags", "at most " + Lead.MAX_TAGS + " tags per lead"));
            }
        }
        Map<String, CustomValue> custom = customColumns.values(record, problems);
        if (!problems.isEmpty()) {
            rejections.add(new RowRejection(line, problems));
            return;
        }
        candidates.add(new Candidate(line, name, company, email, phone, source, owner, attribution, custom, tags));
    }

    private static LeadSource parseSource(String text, List<Violation> problems) {
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        try {
            return LeadSource.valueOf(key);
        } catch (IllegalArgumentException e) {
            problems.add(new Violation("source", "is not a known source: '" + text + "' (one of "
                    + java.util.Arrays.toString(LeadSource.values()) + ")"));
            return null;
        }
    }

    /** Decides new/update/skip for a chunk, then writes it in one transaction (or row by row). */
    private void write(List<Candidate> chunk) {
        Map<EmailAddress, LeadView> known = new HashMap<>();
        if (options.duplicates() != DuplicatePolicy.CREATE) {
            List<EmailAddress> emails = chunk.stream().map(Candidate::email).filter(e -> e != null).distinct().toList();
            if (!emails.isEmpty()) {
                for (LeadView lead : runtime.transactions().inTransaction(() -> leads.findByEmails(context.tenantId(), emails))) {
                    known.merge(lead.email(), lead, (a, b) -> a.createdAt().isAfter(b.createdAt()) ? b : a);
                }
            }
        }
        List<Candidate> inserts = new ArrayList<>();
        List<Candidate> updates = new ArrayList<>();
        Map<EmailAddress, Long> firstInChunk = new HashMap<>();
        for (Candidate candidate : chunk) {
            EmailAddress email = candidate.email();
            // a dry run stores nothing: what its earlier chunks would have stored counts as stored
            boolean stored = email != null && (known.containsKey(email) || storedByDryRun.contains(email));
            boolean duplicate = email != null && options.duplicates() != DuplicatePolicy.CREATE
                    && (stored || firstInChunk.containsKey(email));
            if (!duplicate) {
                if (email != null) {
                    firstInChunk.put(email, candidate.line());
                }
                inserts.add(candidate);
            } else if (options.duplicates() == DuplicatePolicy.SKIP || !stored) {
                tally.skipped(candidate.line());
            } else {
                updates.add(candidate);
            }
        }
        if (options.dryRun()) {
            if (options.duplicates() != DuplicatePolicy.CREATE) {
                inserts.stream().map(Candidate::email).filter(e -> e != null).forEach(storedByDryRun::add);
            }
            tally.stored(inserts.size());
            tally.updated(updates.size());
            return;
        }
        try {
            runtime.transactions().inTransaction(() -> writeAll(inserts, updates, known));
            tally.stored(inserts.size());
            tally.updated(updates.size());
        } catch (RuntimeException chunkFailure) {
            for (Candidate candidate : inserts) {
                if (tally.writeAlone(runtime.transactions(), candidate.line(),
                        () -> writeAll(List.of(candidate), List.of(), known))) {
                    tally.stored(1);
                }
            }
            for (Candidate candidate : updates) {
                if (tally.writeAlone(runtime.transactions(), candidate.line(),
                        () -> writeAll(List.of(), List.of(candidate), known))) {
                    tally.updated(1);
                }
            }
        }
    }

    private void writeAll(List<Candidate> inserts, List<Candidate> updates, Map<EmailAddress, LeadView> known) {
        Instant now = runtime.clock().instant();
        List<DomainEvent> events = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        if (!inserts.isEmpty()) {
            List<Lead> batch = new ArrayList<>(inserts.size());
            for (Candidate c : inserts) {
                Lead lead = Lead.capture(new LeadId(runtime.ids().next()), context.tenantId(), c.owner(), c.name(),
                        c.company(), c.email(), c.phone(), c.source(), c.attribution(), CustomFields.of(c.custom()),
                        c.tags(), now);
                lead.pullEvents(); // one LeadsImported event per chunk stands for the captures
                batch.add(lead);
            }
            leads.insertAll(batch);
            List<LeadId> ids = batch.stream().map(Lead::id).toList();
            events.add(new LeadEvent.LeadsImported(context.tenantId(), importId, ids, now));
            audit.add(runtime.auditEntry(context, "LeadImport", importId, "stored", null,
                    ids.size() + " leads from lines " + inserts.get(0).line() + "-" + inserts.get(inserts.size() - 1).line()));
        }
        for (Candidate c : updates) {
            LeadView existing = known.get(c.email());
            Lead lead = leads.find(context.tenantId(), existing.id()).orElseThrow();
            runtime.requireAccess(context, Action.UPDATE, new RecordAccess(LeadService.RECORD_TYPE,
                    lead.id().toString(), lead.ownerId()));
            LeadView current = lead.view();
            DetailsChange change = lead.updateDetails(c.name(), c.company() != null ? c.company() : current.company(),
                    current.email(), c.phone() != null ? c.phone() : current.phone(), context.actor().userId(), now);
            if (change instanceof DetailsChange.Refused refused) {
                throw new ValidationException("email", "matches lead " + lead.id() + ", which cannot be updated: "
                        + refused.reason());
            }
            List<FieldChange> changes = new ArrayList<>(((DetailsChange.Applied) change).changes());
            // the row's attribution replaces the stored one when it has any; its custom fields
            // and tags are added to the lead's
            if (!c.attribution().isEmpty()) {
                changes.addAll(((DetailsChange.Applied) lead.attribute(c.attribution(), context.actor().userId(), now))
                        .changes());
            }
            changes.addAll(((DetailsChange.Applied) lead.updateCustomFields(c.custom(), context.actor().userId(), now))
                    .changes());
            changes.addAll(((DetailsChange.Applied) lead.tag(c.tags(), context.actor().userId(), now)).changes());
            if (!changes.isEmpty()) {
                leads.update(lead);
                for (FieldChange fc : changes) {
                    audit.add(runtime.auditEntry(context, LeadService.RECORD_TYPE, lead.id(), fc.field(),
                            fc.oldValue(), fc.newValue()));
                }
                events.addAll(lead.pullEvents());
            }
        }
        runtime.audit(audit);
        runtime.recordEvents(events);
    }

}
