package org.smartbizflow.crm.examples.demo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.ConfirmationResult;
import org.smartbizflow.crm.contact.ContactChange;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.ContactCriteria.Field;
import org.smartbizflow.crm.contact.ContactCriteria.Operator;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.DuplicateContactException;
import org.smartbizflow.crm.contact.SocialHandle;
import org.smartbizflow.crm.contact.port.in.ChangeReportsTo;
import org.smartbizflow.crm.contact.port.in.ConsentCoverage;
import org.smartbizflow.crm.contact.port.in.Contacts;
import org.smartbizflow.crm.contact.port.in.CreateContact;
import org.smartbizflow.crm.contact.port.in.DoubleOptIn;
import org.smartbizflow.crm.contact.port.in.RequestDoubleOptIn;
import org.smartbizflow.crm.contact.port.in.UpdateContact;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.privacy.DataSubject;
import org.smartbizflow.crm.privacy.ErasureReport;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;

/**
 * The contacts part of the demo: profiles with several addresses, a reporting line that
 * refuses a loop, double opt-in before any e-mail, segments counted in the database, and a
 * GDPR export and erasure.
 */
public final class ContactsDemo {

    private ContactsDemo() {
    }

    /** Runs the contacts walk-through on the given CRM for the tenant, printing what it does. */
    public static void run(Crm crm, TenantId tenant, PrintStream out) {
        Contacts contacts = crm.session(tenant, Actor.user("mgr-mary", Role.SALES_MANAGER)).contacts();
        out.println("== Contacts: profiles, reporting lines, consent, segments, GDPR");
        ContactId cto = create(contacts, out, ContactProfile.named("Charles Babbage")
                .withEmails(EmailAddress.of("charles@engines.example"), EmailAddress.of("cb@home.example"))
                .withPhones(PhoneNumber.parse("+44 20 7946 0001"))
                .withJobTitle("CTO").withTags("vip", "board")
                .withCustomFields(CustomFields.none().with("seats", CustomValue.number("40"))));
        ContactId analyst = create(contacts, out, ContactProfile.named("Ada Lovelace")
                .withEmails(EmailAddress.of("ada@engines.example"))
                .withJobTitle("Analyst").withPreferredLanguage(Locale.UK).withTimeZone(ZoneId.of("Europe/London"))
                .withSocialHandles(List.of(SocialHandle.of("github", "ada")))
                .withCustomFields(CustomFields.none().with("seats", CustomValue.number("5"))));
        try {
            contacts.create(CreateContact.of(ContactProfile.named("Someone else")
                    .withEmails(EmailAddress.of("CB@Home.Example"))));
        } catch (DuplicateContactException e) {
            out.println("   refused a second contact for cb@home.example: it belongs to " + e.existing());
        }
        contacts.reportTo(new ChangeReportsTo(analyst, cto));
        ContactChange loop = contacts.reportTo(new ChangeReportsTo(cto, analyst));
        out.println("   Ada reports to Babbage; Babbage -> Ada: "
                + (loop instanceof ContactChange.Refused refused ? "refused: " + refused.reason() : loop));

        out.println("   may e-mail Ada before consent: " + contacts.mayContact(analyst, Channel.EMAIL));
        DoubleOptIn request = contacts.requestDoubleOptIn(new RequestDoubleOptIn(analyst, Channel.EMAIL,
                "web-form:newsletter", Duration.ofDays(2)));
        out.println("   double opt-in pending until " + request.expiresAt() + "; may e-mail now: "
                + contacts.mayContact(analyst, Channel.EMAIL).allowed());
        ConfirmationResult confirmed = contacts.confirmDoubleOptIn(request.token(), "confirmation-link");
        out.println("   confirmed: " + confirmed.getClass().getSimpleName() + "; may e-mail now: "
                + contacts.mayContact(analyst, Channel.EMAIL).allowed());
        for (ConsentCoverage coverage : contacts.consentCoverage()) {
            out.println("   consent " + coverage.channel() + ": " + coverage.byStatus().get(
                    org.smartbizflow.crm.contact.ConsentStatus.OPTED_IN) + " of " + coverage.total() + " opted in");
        }

        Map<String, ContactCriteria> segments = new LinkedHashMap<>();
        segments.put("vip", ContactCriteria.where(Field.TAG, Operator.EQUALS, "vip"));
        segments.put("big accounts or analysts", ContactCriteria.anyOf(
                ContactCriteria.custom("seats", Operator.GREATER_THAN, "10"),
                ContactCriteria.where(Field.JOB_TITLE, Operator.CONTAINS, "analyst")));
        segments.put("not vip", ContactCriteria.not(ContactCriteria.where(Field.TAG, Operator.EQUALS, "vip")));
        contacts.countBySegment(segments).forEach((name, count) -> out.println("   segment " + name + ": " + count));
        // Found by name when an earlier run of the demo on the same database saved it already.
        org.smartbizflow.crm.contact.SegmentId saved = contacts.segments().stream()
                .filter(segment -> segment.name().equals("VIPs")).map(segment -> segment.id()).findFirst()
                .orElseGet(() -> contacts.saveSegment(
                        new org.smartbizflow.crm.contact.port.in.SaveSegment("VIPs", segments.get("vip"))));
        out.println("   saved segment VIPs: " + contacts.segmentSize(saved) + " member(s), evaluated in the database");

        var privacy = crm.session(tenant, Actor.user("mgr-mary", Role.SALES_MANAGER)).privacy();
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        privacy.exportJson(DataSubject.contact(analyst), export);
        out.println("   GDPR export of Ada: " + export.size() + " bytes of JSON");
        ErasureReport erased = privacy.erase(DataSubject.contact(analyst));
        out.println("   GDPR erasure of Ada: contact " + erased.contact() + " anonymised, " + erased.leads().size()
                + " lead(s), " + erased.auditEntries() + " audit entries and " + erased.events()
                + " events redacted; now named " + contacts.get(analyst).name());
        String after = new String(exportOf(privacy, analyst), StandardCharsets.UTF_8);
        out.println("   export after erasure mentions ada@engines.example: " + after.contains("ada@engines.example"));
    }

    private static byte[] exportOf(org.smartbizflow.crm.privacy.port.in.Privacy privacy, ContactId id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        privacy.exportJson(DataSubject.contact(id), out);
        return out.toByteArray();
    }

    /** Creates the contact, or finds it when an earlier run of the demo on the same database did. */
    private static ContactId create(Contacts contacts, PrintStream out, ContactProfile profile) {
        EmailAddress primary = profile.primaryEmail().orElseThrow();
        return contacts.findByEmail(primary).map(existing -> {
            // Made by converting the lead (or by an earlier run): completed with this profile.
            contacts.update(new UpdateContact(existing.id(), profile.withAccount(existing.profile().accountId()), null));
            out.println("   " + profile.name() + " exists already: " + existing.id());
            return existing.id();
        }).orElseGet(() -> {
            ContactId id = contacts.create(CreateContact.of(profile));
            out.println("   created " + profile.name() + " with " + profile.emails().size() + " address(es)");
            return id;
        });
    }
}
