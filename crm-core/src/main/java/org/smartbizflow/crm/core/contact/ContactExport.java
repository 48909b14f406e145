package org.smartbizflow.crm.core.contact;

import static org.smartbizflow.crm.core.transfer.PagedExport.text;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.smartbizflow.crm.contact.ContactEmail;
import org.smartbizflow.crm.contact.ContactPhone;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.SocialHandle;
import org.smartbizflow.crm.contact.port.in.ContactField;
import org.smartbizflow.crm.core.transfer.CustomFieldsJson;
import org.smartbizflow.crm.core.transfer.PagedExport;
import org.smartbizflow.crm.core.transfer.SafeCsvWriter;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Tag;

/**
 * Streams contacts out page by page (each page read in its own short transaction through the
 * visibility-checked search), so an export of any size runs in constant memory. CSV goes
 * through the shared {@link SafeCsvWriter}, with the canonical {@link ContactField} column
 * names so that the contact import reads it back.
 */
final class ContactExport {

    /** The fields a CSV row carries, in column order. */
    private static final List<ContactField> FIELDS = List.of(ContactField.NAME, ContactField.EMAIL,
            ContactField.OTHER_EMAILS, ContactField.PHONE, ContactField.OTHER_PHONES, ContactField.JOB_TITLE,
            ContactField.ACCOUNT_ID, ContactField.LANGUAGE, ContactField.TIME_ZONE, ContactField.OWNER,
            ContactField.TAGS, ContactField.LINKEDIN, ContactField.X, ContactField.GITHUB, ContactField.FACEBOOK,
            ContactField.INSTAGRAM, ContactField.XING);
    static final String[] COLUMNS = columns();

    private final Function<PageRequest, Page<ContactView>> pages;

    /** @param pages the selected, visible contacts, page by page in id order */
    ContactExport(Function<PageRequest, Page<ContactView>> pages) {
        this.pages = pages;
    }

    private static String[] columns() {
        List<String> names = new ArrayList<>();
        names.add("id");
        FIELDS.forEach(f -> names.add(f.columnName()));
        names.addAll(List.of("reports_to", "created_at", "updated_at"));
        return names.toArray(String[]::new);
    }

    long csv(OutputStream out) {
        SafeCsvWriter rows = SafeCsvWriter.open(out, COLUMNS);
        long count = forEach(contact -> rows.row(cells(contact)));
        rows.finish();
        return count;
    }

    private static String[] cells(ContactView contact) {
        ContactProfile p = contact.profile();
        String[] cells = new String[COLUMNS.length];
        cells[0] = contact.id().toString();
        for (int i = 0; i < FIELDS.size(); i++) {
            cells[i + 1] = cell(FIELDS.get(i), contact, p);
        }
        cells[COLUMNS.length - 3] = contact.reportsTo() == null ? null : contact.reportsTo().toString();
        cells[COLUMNS.length - 2] = contact.createdAt().toString();
        cells[COLUMNS.length - 1] = contact.updatedAt().toString();
        return cells;
    }

    private static String cell(ContactField field, ContactView contact, ContactProfile p) {
        switch (field) {
            case NAME:
                return p.name();
            case EMAIL:
                return p.primaryEmail().map(e -> e.value()).orElse(null);
            case OTHER_EMAILS:
                return joined(p.emails().stream().filter(e -> !e.primary()).map(e -> e.address().value()).toList());
            case PHONE:
                return p.primaryPhone().map(n -> n.e164()).orElse(null);
            case OTHER_PHONES:
                return joined(p.phones().stream().filter(n -> !n.primary()).map(n -> n.number().e164()).toList());
            case JOB_TITLE:
                return p.jobTitle();
            case ACCOUNT_ID:
                return p.accountId() == null ? null : p.accountId().toString();
            case LANGUAGE:
                return p.preferredLanguage() == null ? null : p.preferredLanguage().toLanguageTag();
            case TIME_ZONE:
                return p.timeZone() == null ? null : p.timeZone().getId();
            case OWNER:
                return contact.ownerId().value();
            case TAGS:
                return joined(p.tags().stream().map(Tag::value).toList());
            default:
                String network = field.network().orElseThrow();
                return p.socialHandles().stream().filter(h -> h.network().equals(network))
                        .map(SocialHandle::handle).findFirst().orElse(null);
        }
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    long json(OutputStream out) {
        return PagedExport.jsonArray(out, this::forEach, ContactExport::write);
    }

    private static void write(JsonGenerator json, ContactView contact) throws IOException {
        ContactProfile p = contact.profile();
        json.writeStartObject();
        json.writeStringField("id", contact.id().toString());
        json.writeStringField("name", p.name());
        json.writeArrayFieldStart("emails");
        for (ContactEmail email : p.emails()) {
            json.writeStartObject();
            json.writeStringField("address", email.address().value());
            text(json, "label", email.label());
            json.writeBooleanField("primary", email.primary());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("phones");
        for (ContactPhone phone : p.phones()) {
            json.writeStartObject();
            json.writeStringField("number", phone.number().e164());
            text(json, "label", phone.label());
            json.writeBooleanField("primary", phone.primary());
            json.writeEndObject();
        }
        json.writeEndArray();
        text(json, "job_title", p.jobTitle());
        text(json, "account_id", p.accountId() == null ? null : p.accountId().toString());
        text(json, "language", p.preferredLanguage() == null ? null : p.preferredLanguage().toLanguageTag());
        text(json, "time_zone", p.timeZone() == null ? null : p.timeZone().getId());
        json.writeStringField("owner", contact.ownerId().value());
        text(json, "reports_to", contact.reportsTo() == null ? null : contact.reportsTo().toString());
        json.writeObjectFieldStart("social");
        for (SocialHandle handle : p.socialHandles()) {
            json.writeStringField(handle.network(), handle.handle());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("tags");
        for (Tag tag : p.tags()) {
            json.writeString(tag.value());
        }
        json.writeEndArray();
        CustomFieldsJson.write(json, "custom", p.customFields());
        json.writeStringField("created_at", contact.createdAt().toString());
        json.writeStringField("updated_at", contact.updatedAt().toString());
        text(json, "erased_at", contact.erasedAt() == null ? null : contact.erasedAt().toString());
        json.writeNumberField("version", contact.version());
        json.writeEndObject();
    }

    /** Hands each selected contact to the sink in id order; returns how many there were. */
    private long forEach(Consumer<ContactView> sink) {
        return PagedExport.forEach(pages, sink);
    }
}
