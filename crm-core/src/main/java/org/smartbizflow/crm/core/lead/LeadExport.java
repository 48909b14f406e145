package org.smartbizflow.crm.core.lead;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.smartbizflow.crm.core.transfer.CustomFieldsJson;
import org.smartbizflow.crm.core.transfer.PagedExport;
import org.smartbizflow.crm.core.transfer.SafeCsvWriter;
import org.smartbizflow.crm.lead.Attribution;
import org.smartbizflow.crm.lead.CustomFieldKey;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.port.in.LeadField;
import org.smartbizflow.crm.lead.port.in.ListLeads;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.Tag;

/**
 * Streams leads out page by page (each page read in its own short transaction), so an export
 * of any size runs in constant memory. CSV goes through the shared {@link SafeCsvWriter}.
 */
final class LeadExport {

    static final String[] COLUMNS = {"id", "name", "company", "email", "phone", "source", "status", "owner",
        "created_at", "updated_at", "campaign_id", "campaign_name", "utm_source", "utm_medium", "utm_campaign",
        "utm_term", "utm_content", "score", "tags"};

    private final Function<ListLeads, Page<LeadView>> pages;
    private final Function<LeadFilter, List<CustomFieldKey>> customKeys;

    /**
     * @param pages      the visible leads, page by page
     * @param customKeys the custom field keys the visible leads of a filter use: one CSV column
     *                   each, named {@code custom.<key>:<type>} so that an import reads the
     *                   values back with their types
     */
    LeadExport(Function<ListLeads, Page<LeadView>> pages, Function<LeadFilter, List<CustomFieldKey>> customKeys) {
        this.pages = pages;
        this.customKeys = customKeys;
    }

    long csv(LeadFilter filter, OutputStream out) {
        List<CustomFieldKey> keys = customKeys.apply(filter);
        String[] header = Arrays.copyOf(COLUMNS, COLUMNS.length + keys.size());
        for (int i = 0; i < keys.size(); i++) {
            CustomFieldKey key = keys.get(i);
            header[COLUMNS.length + i] = LeadField.CUSTOM_PREFIX + key.key() + ":"
                    + key.type().name().toLowerCase(Locale.ROOT);
        }
        SafeCsvWriter rows = SafeCsvWriter.open(out, header);
        long count = forEachLead(filter, lead -> {
            String[] cells = Arrays.copyOf(cells(lead), header.length);
            for (int i = 0; i < keys.size(); i++) {
                CustomFieldKey key = keys.get(i);
                CustomValue value = lead.customFields().get(key.key()).orElse(null);
                cells[COLUMNS.length + i] = value == null || value.type() != key.type() ? null : value.asText();
            }
            rows.row(cells);
        });
        rows.finish();
        return count;
    }

    long json(LeadFilter filter, OutputStream out) {
        return PagedExport.<LeadView>jsonArray(out, sink -> forEachLead(filter, sink), (json, lead) -> {
            json.writeStartObject();
            String[] cells = cells(lead);
            for (int i = 0; i < COLUMNS.length; i++) {
                PagedExport.text(json, COLUMNS[i], cells[i]);
            }
            json.writeNumberField("version", lead.version());
            json.writeArrayFieldStart("tag_list");
            for (Tag tag : lead.tags()) {
                json.writeString(tag.value());
            }
            json.writeEndArray();
            CustomFieldsJson.write(json, "custom", lead.customFields());
            json.writeEndObject();
        });
    }

    private long forEachLead(LeadFilter filter, java.util.function.Consumer<LeadView> sink) {
        return VisibleLeads.forEach(pages, filter, sink);
    }

    private static String[] cells(LeadView lead) {
        Attribution a = lead.attribution();
        String[] cells = {lead.id().toString(), lead.name(), lead.company(),
            lead.email() == null ? null : lead.email().value(), lead.phone() == null ? null : lead.phone().e164(),
            lead.source().name(), lead.status().name(), lead.ownerId().value(), lead.createdAt().toString(),
            lead.updatedAt().toString(), a.campaignId(), a.campaignName(), a.utmSource(), a.utmMedium(),
            a.utmCampaign(), a.utmTerm(), a.utmContent(), lead.score() == null ? null : lead.score().toString(),
            Lead.tagText(lead.tags())};
        return cells;
    }
}
