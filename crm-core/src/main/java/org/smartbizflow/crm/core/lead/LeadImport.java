package org.smartbizflow.crm.core.lead;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.smartbizflow.crm.core.phone.PhoneNumberParser;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.lead.DetailsChange;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadEvent;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.port.in.DuplicatePolicy;
import org.smartbizflow.crm.lead.port.in.ImportOptions;
import org.smartbizflow.crm.lead.port.in.ImportProgress;
import org.smartbizflow.crm.lead.port.in.ImportReport;
import org.smartbizflow.crm.lead.port.in.LeadField;
import org.smartbizflow.crm.lead.Attribution;
import org.smartbizflow.crm.lead.CustomFieldKey;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Tag;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.smartbizflow.crm.lead.port.in.RowRejection;
import org.smartbizflow.crm.lead.port.out.LeadRepository;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Violation;

/**
 * One run of a CSV lead import. A reader thread parses the file as a token stream (constant
 * memory) and turns each row into a candidate lead or a rejection, one chunk ahead of the
 * calling thread, which writes each chunk in one transaction. Every data row ends in exactly one of stored, updated, skipped or
 * rejected. A chunk whose transaction fails is written again row by row, so that only the
 * rows that really fail are rejected.
 */
final class LeadImport {

    private static final CsvMapper CSV = new CsvMapper();

    private final CoreRuntime runtime;
    private final CallContext context;
    private final LeadRepository leads;
    private final ImportOptions options;
    private final PhoneNumberParser phones;
    private final UUID importId;

    private long recordLine;          // written and read by the reader thread only
    private Thread readerThread;
    private long rowsRead;
    private long stored;
    private long updated;
    private final List<Long> skipped = new ArrayList<>();
    private final List<RowRejection> rejected = new ArrayList<>();

    /** A row that passed parsing; becomes a lead, an update, or a skip. */
    private record Candidate(long line, String name, String company, EmailAddress email, PhoneNumber phone,
                             LeadSource source, UserId owner, Attribution attribution, Map<String, CustomValue> custom,
                             Set<Tag> tags) {
    }

    /** Custom field columns by index; set before the reader thread starts, read only after. */
    private final Map<Integer, CustomFieldKey> customColumns = new LinkedHashMap<>();

    LeadImport(CoreRuntime runtime, CallContext context, ImportOptions options) {
        this.runtime = runtime;
        this.context = context;
        this.leads = runtime.persistence().leads();
        this.options = options;
        this.phones = options.phoneRegion() == null ? null : PhoneNumberParser.forRegion(options.phoneRegion());
        this.importId = runtime.ids().next();
    }

    /**
     * What the reading stage hands the writing stage: the candidates and rejections of up to
     * one chunk of rows, in file order.
     */
    private record Batch(List<Candidate> candidates, List<RowRejection> rejections, long rows, boolean last,
                         RuntimeException failure) {
    }

    ImportReport run(InputStream raw) {
        CsvInput input;
        try {
            input = CsvInput.open(raw, options.charset(), options.delimiter());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CSV input", e);
        }
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(input.delimiter).withQuoteChar('"');
        try (CsvParser parser = CSV.getFactory().createParser(input.reader)) {
            parser.setSchema(schema);
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            List<String> header = readRecord(parser);
            if (header == null) {
                throw new ValidationException("file", "is empty: no header row");
            }
            Map<Integer, LeadField> columns = new LinkedHashMap<>();
            Map<String, LeadField> mapping = new LinkedHashMap<>();
            List<String> ignored = new ArrayList<>();
            Map<String, CustomFieldKey> customMapping = new LinkedHashMap<>();
            mapColumns(header, columns, mapping, ignored, customMapping);
            writeAllBatches(readAhead(parser, header.size(), columns));
            rejected.sort(java.util.Comparator.comparingLong(RowRejection::line));
            return new ImportReport(options.dryRun(), input.charset, input.delimiter, mapping, ignored, rowsRead, stored,
                    updated, skipped, rejected, customMapping);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CSV input", e);
        }
    }

    /**
     * Parses and validates rows on a reader thread, one chunk ahead of the writing, so that
     * reading the next chunk overlaps with the database storing the current one. At most two
     * chunks wait in memory. Everything that touches storage, access rules or the host's
     * transactions stays on the calling thread.
     */
    private BlockingQueue<Batch> readAhead(CsvParser parser, int width, Map<Integer, LeadField> columns) {
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(1);
        Thread reader = new Thread(() -> {
            try {
                boolean last = false;
                while (!last) {
                    List<Candidate> candidates = new ArrayList<>(options.chunkSize());
                    List<RowRejection> rejections = new ArrayList<>();
                    long rows = 0;
                    while (rows < options.chunkSize()) {
                        List<String> record;
                        try {
                            record = readRecord(parser);
                        } catch (IOException e) {
                            rows++;
                            rejections.add(new RowRejection(parser.currentLocation().getLineNr(), List.of(new Violation(
                                    "file", "malformed CSV, reading stopped here: " + describe(e)))));
                            last = true;
                            break;
                        }
                        if (record == null) {
                            last = true;
                            break;
                        }
                        rows++;
                        parse(recordLine, record, width, columns, candidates, rejections);
                    }
                    queue.put(new Batch(candidates, rejections, rows, last, null));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the writing stage gave up; nothing left to hand over
            } catch (RuntimeException e) {
                queue.offer(new Batch(List.of(), List.of(), 0, true, e));
            }
        }, "crm-lead-import-reader");
        reader.setDaemon(true);
        reader.start();
        readerThread = reader;
        return queue;
    }

    private void writeAllBatches(BlockingQueue<Batch> queue) {
        try {
            while (true) {
                Batch batch = queue.take();
                if (batch.failure() != null) {
                    throw new IllegalStateException("reading the CSV failed after " + rowsRead + " rows (" + stored
                            + " stored, " + updated + " updated): " + batch.failure().getMessage(), batch.failure());
                }
                rowsRead += batch.rows();
                rejected.addAll(batch.rejections());
                if (!batch.candidates().isEmpty()) {
                    write(permitted(batch.candidates()));
                }
                report();
                if (batch.last()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted after " + rowsRead + " rows (" + stored + " stored, "
                    + updated + " updated)", e);
        } finally {
            readerThread.interrupt();
        }
    }

    private static String describe(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    }

    /** The candidates the actor may create leads for; the others are rejected on the owner field. */
    private List<Candidate> permitted(List<Candidate> candidates) {
        List<Candidate> allowed = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (runtime.accessPolicy().permits(context.actor(), Action.CREATE,
                    new RecordAccess(LeadService.RECORD_TYPE, null, c.owner()))) {
                allowed.add(c);
            } else {
                rejected.add(new RowRejection(c.line(), List.of(new Violation("owner",
                        context.actor().userId() + " may not create leads for " + c.owner()))));
            }
        }
        return allowed;
    }

    /** The next record's cells, or null at the end; remembers the line the record starts on. */
    private List<String> readRecord(CsvParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new IllegalStateException("CSV reader out of step at " + parser.currentLocation());
        }
        List<String> cells = new ArrayList<>();
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            if (cells.isEmpty()) {
                // the line of the record's first cell; the array token itself reports the line before
                recordLine = parser.currentTokenLocation().getLineNr();
            }
            cells.add(token == JsonToken.VALUE_NULL ? "" : parser.getText());
        }
        return cells;
    }

    private void mapColumns(List<String> header, Map<Integer, LeadField> columns, Map<String, LeadField> mapping,
                            List<String> ignored, Map<String, CustomFieldKey> customMapping) {
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.toLowerCase(Locale.ROOT).startsWith(LeadField.CUSTOM_PREFIX)) {
                CustomFieldKey custom = customColumn(name);
                if (customColumns.containsValue(custom)) {
                    ignored.add(name);
                } else {
                    customColumns.put(i, custom);
                    customMapping.put(name, custom);
                }
                continue;
            }
            LeadField field = options.columns().isEmpty() ? LeadField.forHeader(name).orElse(null)
                    : options.columns().get(name);
            if (field == null || columns.containsValue(field)) {
                ignored.add(name);
            } else {
                columns.put(i, field);
                mapping.put(name, field);
            }
        }
        for (String explicit : options.columns().keySet()) {
            if (!mapping.containsKey(explicit)) {
                throw new ValidationException("columns", "the file has no column '" + explicit + "' (header: " + header + ")");
            }
        }
        boolean hasName = columns.containsValue(LeadField.NAME)
                || columns.containsValue(LeadField.FIRST_NAME) || columns.containsValue(LeadField.LAST_NAME);
        if (!hasName) {
            throw new ValidationException("columns", "no column maps to the lead's name (header: " + header
                    + "); map one to NAME, or FIRST_NAME/LAST_NAME");
        }
    }

    /** The key and type a custom column header names: {@code custom.<key>[:<type>]}. */
    private CustomFieldKey customColumn(String header) {
        String spec = header.substring(LeadField.CUSTOM_PREFIX.length());
        int colon = spec.indexOf(':');
        String key = (colon < 0 ? spec : spec.substring(0, colon)).strip();
        CustomValue.Type type;
        try {
            CustomFields.checkKey(key);
        } catch (ValidationException e) {
            throw new ValidationException("columns", "column '" + header + "' does not name a custom field key: "
                    + e.getMessage());
        }
        if (colon >= 0) {
            String typeName = spec.substring(colon + 1).strip().toUpperCase(Locale.ROOT);
            try {
                type = CustomValue.Type.valueOf(typeName);
            } catch (IllegalArgumentException e) {
                throw new ValidationException("columns", "column '" + header + "' declares an unknown type (one of "
                        + java.util.Arrays.toString(CustomValue.Type.values()) + ")");
            }
            CustomValue.Type declared = options.customTypes().get(key);
            if (declared != null && declared != type) {
                throw new ValidationException("columns", "column '" + header + "' says " + type
                        + " but the options declare " + declared);
            }
        } else {
            type = options.customTypes().getOrDefault(key, CustomValue.Type.TEXT);
        }
        return new CustomFieldKey(key, type);
    }

    private void parse(long line, List<String> record, int width, Map<Integer, LeadField> columns,
                       List<Candidate> candidates, List<RowRejection> rejections) {
        List<Violation> problems = new ArrayList<>();
        if (record.size() > width) {
            problems.add(new Violation("row", "has " + record.size() + " cells but the header has " + width));
            rejections.add(new RowRejection(line, problems));
            return;
        }
        Map<LeadField, String> cells = new HashMap<>();
        columns.forEach((index, field) -> {
            if (index < record.size() && !record.get(index).isBlank()) {
                cells.put(field, SpreadsheetSafety.restore(record.get(index).strip()));
            }
        });
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
        Map<String, CustomValue> custom = new TreeMap<>();
        customColumns.forEach((index, column) -> {
            if (index < record.size() && !record.get(index).isBlank()) {
                String text = SpreadsheetSafety.restore(record.get(index).strip());
                CustomValue value = convert(problems, text,
                        t -> CustomValue.parse(column.type(), t, "custom." + column.key()));
                if (value != null) {
                    custom.put(column.key(), value);
                }
            }
        });
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

    private interface Conversion<T> {
        T apply(String text);
    }

    private static <T> T convert(List<Violation> problems, String text, Conversion<T> conversion) {
        if (text == null) {
            return null;
        }
        try {
            return conversion.apply(text);
        } catch (ValidationException e) {
            problems.addAll(e.violations());
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
            boolean duplicate = email != null && options.duplicates() != DuplicatePolicy.CREATE
                    && (known.containsKey(email) || firstInChunk.containsKey(email));
            if (!duplicate) {
                if (email != null) {
                    firstInChunk.put(email, candidate.line());
                }
                inserts.add(candidate);
            } else if (options.duplicates() == DuplicatePolicy.SKIP || !known.containsKey(email)) {
                skipped.add(candidate.line());
            } else {
                updates.add(candidate);
            }
        }
        if (options.dryRun()) {
            stored += inserts.size();
            updated += updates.size();
            return;
        }
        try {
            runtime.transactions().inTransaction(() -> writeAll(inserts, updates, known));
            stored += inserts.size();
            updated += updates.size();
        } catch (RuntimeException chunkFailure) {
            for (Candidate candidate : inserts) {
                writeAlone(candidate, () -> writeAll(List.of(candidate), List.of(), known), true);
            }
            for (Candidate candidate : updates) {
                writeAlone(candidate, () -> writeAll(List.of(), List.of(candidate), known), false);
            }
        }
    }

    private void writeAlone(Candidate candidate, Runnable work, boolean insert) {
        try {
            runtime.transactions().inTransaction(work);
            if (insert) {
                stored++;
            } else {
                updated++;
            }
        } catch (ValidationException e) {
            rejected.add(new RowRejection(candidate.line(), e.violations()));
        } catch (RuntimeException e) {
            rejected.add(new RowRejection(candidate.line(), List.of(new Violation("row",
                    "could not be stored: " + e.getClass().getSimpleName() + ": " + e.getMessage()))));
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

    private void report() {
        options.onProgress().accept(new ImportProgress(rowsRead, stored, updated, skipped.size(), rejected.size()));
    }
}
