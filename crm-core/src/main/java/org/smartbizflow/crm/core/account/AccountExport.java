package org.smartbizflow.crm.core.account;

import static org.smartbizflow.crm.core.transfer.PagedExport.text;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.smartbizflow.crm.account.AccountAddress;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.Compliance;
import org.smartbizflow.crm.account.DocumentReference;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.ScreeningFlag;
import org.smartbizflow.crm.account.TaxId;
import org.smartbizflow.crm.account.port.in.AccountField;
import org.smartbizflow.crm.core.transfer.CustomFieldsJson;
import org.smartbizflow.crm.core.transfer.PagedExport;
import org.smartbizflow.crm.core.transfer.SafeCsvWriter;
import org.smartbizflow.crm.shared.Address;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Tag;

/**
 * Streams accounts out page by page (each page read in its own short transaction through the
 * visibility-checked search), so an export of any size runs in constant memory. CSV goes
 * through the shared {@link SafeCsvWriter} with the canonical {@link AccountField} column
 * names, so the account import reads it back.
 *
 * <p>A CSV export first asks the store which custom field keys (and value types) the selected
 * accounts use, which become columns, then reads the rows.
 */
final class AccountExport {

    /** The fields a CSV row carries before its address and custom columns, in column order. */
    private static final List<AccountField> FIELDS = List.of(AccountField.ID, AccountField.LEGAL_NAME,
            AccountField.DOMAIN, AccountField.OTHER_DOMAINS, AccountField.INDUSTRY, AccountField.SIZE_BAND,
            AccountField.ANNUAL_REVENUE, AccountField.CURRENCY, AccountField.TAX_IDS, AccountField.TEAM,
            AccountField.OWNER, AccountField.TAGS, AccountField.PARENT_ID);

    private final Function<PageRequest, Page<AccountView>> pages;
    private final Supplier<SortedMap<String, CustomValue.Type>> customTypes;

    /**
     * @param pages       the selected, visible accounts, page by page in id order
     * @param customTypes the custom field keys those accounts use, with the type of each on the
     *                    first account holding it (see {@code AccountRepository.customFieldTypes})
     */
    AccountExport(Function<PageRequest, Page<AccountView>> pages,
                  Supplier<SortedMap<String, CustomValue.Type>> customTypes) {
        this.pages = pages;
        this.customTypes = customTypes;
    }

    long csv(OutputStream out) {
        SortedMap<String, CustomValue.Type> custom = customTypes.get();
        List<String> columns = new ArrayList<>();
        FIELDS.forEach(f -> columns.add(f.columnName()));
        List<AccountField> addressFields = new ArrayList<>();
        for (AccountField field : AccountField.values()) {
            if (field.addressKind().isPresent()) {
                addressFields.add(field);
                columns.add(field.columnName());
            }
        }
        custom.forEach((key, type) -> columns.add(AccountField.CUSTOM_PREFIX + key + ":"
                + type.name().toLowerCase(Locale.ROOT)));
        columns.add("created_at");
        columns.add("updated_at");
        SafeCsvWriter rows = SafeCsvWriter.open(out, columns.toArray(String[]::new));
        long count = forEach(account -> rows.row(cells(account, addressFields, custom, columns.size())));
        rows.finish();
        return count;
    }

    private static String[] cells(AccountView account, List<AccountField> addressFields,
                                  SortedMap<String, CustomValue.Type> custom, int width) {
        AccountProfile p = account.profile();
        String[] cells = new String[width];
        int i = 0;
        for (AccountField field : FIELDS) {
            cells[i++] = cell(field, account, p);
        }
        for (AccountField field : addressFields) {
            Address address = p.addresses().stream().filter(a -> a.kind() == field.addressKind().orElseThrow())
                    .map(AccountAddress::address).findFirst().orElse(null);
            cells[i++] = address == null ? null : part(address, field.addressPart().orElseThrow());
        }
        for (String key : custom.keySet()) {
            CustomValue value = p.customFields().get(key).orElse(null);
            // a key stored with another type than its column's is left out rather than mistyped
            cells[i++] = value == null || value.type() != custom.get(key) ? null : value.asText();
        }
        cells[i++] = account.createdAt().toString();
        cells[i] = account.updatedAt().toString();
        return cells;
    }

    private static String cell(AccountField field, AccountView account, AccountProfile p) {
        return switch (field) {
            case ID -> account.id().toString();
            case LEGAL_NAME -> p.legalName();
            case DOMAIN -> p.primaryDomain() == null ? null : p.primaryDomain().value();
            case OTHER_DOMAINS -> joined(p.domains().stream().skip(1).map(DomainName::value).toList());
            case INDUSTRY -> p.industry();
            case SIZE_BAND -> p.sizeBand() == null ? null : p.sizeBand().name();
            case ANNUAL_REVENUE -> p.annualRevenue() == null ? null : p.annualRevenue().amount().toPlainString();
            case CURRENCY -> p.annualRevenue() == null ? null : p.annualRevenue().currency().getCurrencyCode();
            case TAX_IDS -> joined(p.taxIds().stream().map(TaxId::toString).toList());
            case TEAM -> p.team();
            case OWNER -> account.ownerId().value();
            case TAGS -> joined(p.tags().stream().map(Tag::value).toList());
            case PARENT_ID -> account.parentId() == null ? null : account.parentId().toString();
            default -> throw new IllegalArgumentException(field.name());
        };
    }

    private static String part(Address address, AccountField.AddressPart part) {
        return switch (part) {
            case STREET -> address.street();
            case POSTAL_CODE -> address.postalCode();
            case CITY -> address.city();
            case REGION -> address.region();
            case COUNTRY -> address.country().value();
        };
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    long json(OutputStream out) {
        return PagedExport.jsonArray(out, this::forEach, AccountExport::write);
    }

    private static void write(JsonGenerator json, AccountView account) throws IOException {
        AccountProfile p = account.profile();
        json.writeStartObject();
        json.writeStringField("id", account.id().toString());
        json.writeStringField("legal_name", p.legalName());
        json.writeArrayFieldStart("domains");
        for (DomainName domain : p.domains()) {
            json.writeString(domain.value());
        }
        json.writeEndArray();
        text(json, "industry", p.industry());
        text(json, "size_band", p.sizeBand() == null ? null : p.sizeBand().name());
        if (p.annualRevenue() == null) {
            json.writeNullField("annual_revenue");
        } else {
            json.writeObjectFieldStart("annual_revenue");
            json.writeFieldName("amount");
            json.writeNumber(p.annualRevenue().amount().toPlainString());
            json.writeStringField("currency", p.annualRevenue().currency().getCurrencyCode());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("addresses");
        for (AccountAddress address : p.addresses()) {
            Address a = address.address();
            json.writeStartObject();
            json.writeStringField("kind", address.kind().name());
            text(json, "street", a.street());
            text(json, "postal_code", a.postalCode());
            text(json, "city", a.city());
            text(json, "region", a.region());
            json.writeStringField("country", a.country().value());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("tax_ids");
        for (TaxId taxId : p.taxIds()) {
            json.writeStartObject();
            json.writeStringField("scheme", taxId.scheme());
            json.writeStringField("value", taxId.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        text(json, "team", p.team());
        json.writeStringField("owner", account.ownerId().value());
        text(json, "parent_id", account.parentId() == null ? null : account.parentId().toString());
        text(json, "territory_id", account.territoryId() == null ? null : account.territoryId().toString());
        json.writeArrayFieldStart("tags");
        for (Tag tag : p.tags()) {
            json.writeString(tag.value());
        }
        json.writeEndArray();
        CustomFieldsJson.write(json, "custom", p.customFields());
        writeCompliance(json, account);
        json.writeStringField("created_at", account.createdAt().toString());
        json.writeStringField("updated_at", account.updatedAt().toString());
        json.writeNumberField("version", account.version());
        json.writeEndObject();
    }

    private static void writeCompliance(JsonGenerator json, AccountView account) throws IOException {
        Compliance compliance = account.compliance();
        json.writeObjectFieldStart("compliance");
        json.writeStringField("kyc_status", compliance.kycStatus().name());
        text(json, "reviewed_on", compliance.reviewedOn() == null ? null : compliance.reviewedOn().toString());
        text(json, "review_due", compliance.reviewDue() == null ? null : compliance.reviewDue().toString());
        json.writeArrayFieldStart("documents");
        for (DocumentReference document : compliance.documents()) {
            json.writeStartObject();
            json.writeStringField("type", document.type());
            json.writeStringField("reference", document.reference());
            text(json, "issued_on", document.issuedOn() == null ? null : document.issuedOn().toString());
            text(json, "expires_on", document.expiresOn() == null ? null : document.expiresOn().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("screening_flags");
        for (ScreeningFlag flag : compliance.flags()) {
            json.writeStartObject();
            json.writeStringField("kind", flag.kind().name());
            text(json, "list", flag.list());
            text(json, "matched_name", flag.matchedName());
            text(json, "reference", flag.reference());
            json.writeEndObject();
        }
        json.writeEndArray();
        text(json, "screened_at", compliance.screenedAt() == null ? null : compliance.screenedAt().toString());
        json.writeEndObject();
    }

    /** Hands each selected account to the sink in id order; returns how many there were. */
    private long forEach(Consumer<AccountView> sink) {
        return PagedExport.forEach(pages, sink);
    }
}
