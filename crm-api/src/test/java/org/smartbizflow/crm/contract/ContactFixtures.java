package org.smartbizflow.crm.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.Contact;
import org.smartbizflow.crm.contact.ContactEmail;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactPhone;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.SocialHandle;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * Test data for the contact contracts; ids come from the same time-ordered generator as
 * {@link LeadFixtures}, so later ids sort after earlier ones.
 */
public final class ContactFixtures {

    private ContactFixtures() {
    }

    public static ContactId nextContactId() {
        return ContactId.of(LeadFixtures.nextId());
    }

    /** A profile with every field set; {@code n} keeps the addresses of several apart. */
    public static ContactProfile fullProfile(int n) {
        return new ContactProfile("Ada Lovelace " + n,
                List.of(new ContactEmail(EmailAddress.of("ada" + n + "@engines.example"), "work", true),
                        new ContactEmail(EmailAddress.of("ada" + n + "@home.example"), null, false)),
                List.of(new ContactPhone(PhoneNumber.of("+44207946" + String.format("%04d", n % 10_000)), "office",
                                false),
                        new ContactPhone(PhoneNumber.of("+4477009" + String.format("%05d", n % 100_000)), "mobile",
                                true)),
                "Head of Analysis", AccountId.of(LeadFixtures.nextId()),
                List.of(SocialHandle.of("linkedin", "ada-lovelace-" + n), SocialHandle.of("github", "ada" + n)),
                Locale.forLanguageTag("en-GB"), ZoneId.of("Europe/London"),
                CustomFields.of(Map.of("segment", CustomValue.text("enterprise"),
                        "seats", CustomValue.number(new BigDecimal("12.50")),
                        "renewal", CustomValue.date(LocalDate.parse("2027-01-31")),
                        "vip", CustomValue.bool(true))),
                null).withTags("vip", "Trade-Show-2026");
    }

    /** A new contact with every field set. */
    public static Contact contact(TenantId tenant, int n) {
        return Contact.create(nextContactId(), tenant, UserId.of("owner-1"), fullProfile(n), UserId.of("u-1"),
                LeadFixtures.BASE_TIME);
    }

    /** A new contact with only a name. */
    public static Contact bareContact(TenantId tenant, String name) {
        return Contact.create(nextContactId(), tenant, UserId.of("owner-2"), ContactProfile.named(name),
                UserId.of("u-1"), LeadFixtures.BASE_TIME.plusSeconds(1));
    }

    /** A new contact with one primary address. */
    public static Contact withEmail(TenantId tenant, String name, String email) {
        return Contact.create(nextContactId(), tenant, UserId.of("owner-1"),
                ContactProfile.named(name).withEmails(EmailAddress.of(email)), UserId.of("u-1"),
                LeadFixtures.BASE_TIME);
    }

    public static Instant later(int seconds) {
        return LeadFixtures.micros(LeadFixtures.BASE_TIME.plusSeconds(seconds).plusNanos(250_000_000));
    }
}
