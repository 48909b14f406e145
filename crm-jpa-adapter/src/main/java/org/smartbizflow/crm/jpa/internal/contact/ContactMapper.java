package org.smartbizflow.crm.jpa.internal.contact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.ContactEmail;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactPhone;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.SocialHandle;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** Moves contact state between the domain's {@link ContactView} and its rows. */
final class ContactMapper {

    /** The typed number column holds 38 digits, 10 of them decimals. */
    private static final int NUMBER_SCALE = 10;
    private static final int NUMBER_INTEGER_DIGITS = 28;

    private ContactMapper() {
    }

    /** A contact's row and its child rows, as loaded or about to be written. */
    record Rows(ContactEntity contact, List<ContactEmailRow> emails, List<ContactPhoneRow> phones,
                List<ContactSocialRow> socials, List<ContactTagRow> tags, List<ContactFieldRow> fields) {

        List<List<? extends ContactChildRow>> children() {
            return List.of(emails, phones, socials, tags, fields);
        }
    }

    static ContactView toView(Rows rows) {
        ContactEntity row = rows.contact();
        List<ContactEmail> emails = rows.emails().stream().sorted(Comparator.comparingInt(ContactChildRow::seq))
                .map(e -> new ContactEmail(EmailAddress.of(e.email()), e.label(), e.primary())).toList();
        List<ContactPhone> phones = rows.phones().stream().sorted(Comparator.comparingInt(ContactChildRow::seq))
                .map(p -> new ContactPhone(PhoneNumber.of(p.phone()), p.label(), p.primary())).toList();
        List<SocialHandle> socials = rows.socials().stream().sorted(Comparator.comparingInt(ContactChildRow::seq))
                .map(s -> SocialHandle.of(s.network(), s.handle())).toList();
        Set<Tag> tags = new LinkedHashSet<>();
        rows.tags().forEach(t -> tags.add(Tag.of(t.tag())));
        TreeMap<String, CustomValue> fields = new TreeMap<>();
        rows.fields().forEach(f -> fields.put(f.fieldKey(),
                CustomValue.parse(CustomValue.Type.valueOf(f.valueType()), f.textValue(), "customFields." + f.fieldKey())));
        ContactProfile profile = new ContactProfile(row.name(), emails, phones, row.jobTitle(),
                row.accountId() == null ? null : AccountId.of(row.accountId()), socials,
                row.preferredLanguage() == null ? null : Locale.forLanguageTag(row.preferredLanguage()),
                row.timeZone() == null ? null : ZoneId.of(row.timeZone()), CustomFields.of(fields), tags);
        return new ContactView(ContactId.of(row.id()), TenantId.of(row.tenantId()), UserId.of(row.ownerId()), profile,
                row.reportsTo() == null ? null : ContactId.of(row.reportsTo()), row.version(), row.createdAt(),
                row.updatedAt(), row.erasedAt());
    }

    static ContactEntity newRow(ContactView state) {
        ContactEntity row = new ContactEntity(state.id().value(), state.tenantId().value());
        copyInto(state, row);
        return row;
    }

    /** @return whether a column of the contact's own row changed */
    static boolean copyInto(ContactView state, ContactEntity row) {
        ContactProfile p = state.profile();
        return row.assign(state.ownerId().value(), p.name(), p.jobTitle(),
                p.accountId() == null ? null : p.accountId().value(),
                state.reportsTo() == null ? null : state.reportsTo().value(),
                p.preferredLanguage() == null ? null : p.preferredLanguage().toLanguageTag(),
                p.timeZone() == null ? null : p.timeZone().getId(), state.createdAt(), state.updatedAt(),
                state.erasedAt());
    }

    /** The child rows that hold the state's lists, numbered in list order. */
    static Rows childRows(ContactView state, ContactEntity contact) {
        UUID id = state.id().value();
        String tenant = state.tenantId().value();
        ContactProfile p = state.profile();
        List<ContactEmailRow> emails = new ArrayList<>();
        for (ContactEmail e : p.emails()) {
            emails.add(new ContactEmailRow(id, emails.size(), tenant, e.address().value(), e.label(), e.primary()));
        }
        List<ContactPhoneRow> phones = new ArrayList<>();
        for (ContactPhone ph : p.phones()) {
            phones.add(new ContactPhoneRow(id, phones.size(), tenant, ph.number().e164(), ph.label(), ph.primary()));
        }
        List<ContactSocialRow> socials = new ArrayList<>();
        for (SocialHandle s : p.socialHandles()) {
            socials.add(new ContactSocialRow(id, socials.size(), tenant, s.network(), s.handle()));
        }
        List<ContactTagRow> tags = new ArrayList<>();
        for (Tag t : p.tags()) {
            tags.add(new ContactTagRow(id, tags.size(), tenant, t.value()));
        }
        List<ContactFieldRow> fields = new ArrayList<>();
        p.customFields().values().forEach((key, value) -> fields.add(new ContactFieldRow(id, fields.size(), tenant,
                key, value.type().name(), value.asText(), numberColumn(value),
                value instanceof CustomValue.Date date ? date.value() : null,
                value instanceof CustomValue.Bool bool ? bool.value() : null)));
        return new Rows(contact, emails, phones, socials, tags, fields);
    }

    /** The number for the typed column, rounded to its scale; null when it does not fit. */
    private static BigDecimal numberColumn(CustomValue value) {
        if (!(value instanceof CustomValue.Number number)) {
            return null;
        }
        BigDecimal rounded = number.value().setScale(NUMBER_SCALE, RoundingMode.HALF_EVEN);
        return rounded.precision() - rounded.scale() > NUMBER_INTEGER_DIGITS ? null : rounded;
    }
}
