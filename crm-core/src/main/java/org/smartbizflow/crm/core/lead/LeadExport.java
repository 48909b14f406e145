package org.smartbizflow.crm.core.lead;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.port.in.ListLeads;
import org.smartbizflow.crm.shared.Page;

/**
 * Streams leads out page by page (each page read in its own short transaction), so an export
 * of any size runs in constant memory.
 */
final class LeadExport {

    static final String[] COLUMNS = {"id", "name", "company", "email", "phone", "source", "status", "owner",
        "created_at", "updated_at"};
    private static final CsvMapper CSV = new CsvMapper();
    private static final JsonFactory JSON = new JsonFactory();

    private final Function<ListLeads, Page<LeadView>> pages;

    LeadExport(Function<ListLeads, Page<LeadView>> pages) {
        this.pages = pages;
    }

    long csv(LeadFilter filter, OutputStream out) {
        CsvSchema schema = CsvSchema.emptySchema().withoutHeader();
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            SequenceWriter rows = CSV.writerFor(String[].class).with(schema).writeValues(writer);
            rows.write(COLUMNS);
            long count = forEachLead(filter, lead -> {
                try {
                    rows.write(cells(lead, true));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            rows.flush();
            writer.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV export", e);
        }
    }

    long json(LeadFilter filter, OutputStream out) {
        try {
            JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
            json.writeStartArray();
            long count = forEachLead(filter, lead -> {
                try {
                    json.writeStartObject();
                    String[] cells = cells(lead, false);
                    for (int i = 0; i < COLUMNS.length; i++) {
                        if (cells[i] != null) {
                            json.writeStringField(COLUMNS[i], cells[i]);
                        } else {
                            json.writeNullField(COLUMNS[i]);
                        }
                    }
                    if (lead.version() >= 0) {
                        json.writeNumberField("version", lead.version());
                    }
                    json.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndArray();
            json.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JSON export", e);
        }
    }

    private long forEachLead(LeadFilter filter, java.util.function.Consumer<LeadView> sink) {
        return VisibleLeads.forEach(pages, filter, sink);
    }

    private static String[] cells(LeadView lead, boolean spreadsheetSafe) {
        String[] cells = {lead.id().toString(), lead.name(), lead.company(),
            lead.email() == null ? null : lead.email().value(), lead.phone() == null ? null : lead.phone().e164(),
            lead.source().name(), lead.status().name(), lead.ownerId().value(), lead.createdAt().toString(),
            lead.updatedAt().toString()};
        if (spreadsheetSafe) {
            for (int i = 0; i < cells.length; i++) {
                // an absent value is an empty cell; a null would be dropped and shift the row
                cells[i] = cells[i] == null ? "" : SpreadsheetSafety.neutralise(cells[i]);
            }
        }
        return cells;
    }
}
