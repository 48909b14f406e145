package org.smartbizflow.crm.core.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.smartbizflow.crm.contact.ContactEmail;
import org.smartbizflow.crm.contact.ContactFilter;
import org.smartbizflow.crm.contact.ContactPhone;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.SocialHandle;
import org.smartbizflow.crm.contact.port.in.ContactImportOptions;
import org.smartbizflow.crm.contact.port.in.ContactImportReport;
import org.smartbizflow.crm.contact.port.in.Contacts;
import org.smartbizflow.crm.contact.port.in.CreateContact;
import org.smartbizflow.crm.contact.port.in.ListContacts;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Whatever contacts hold in the columns of the CSV export (names with formula characters,
 * several addresses and numbers, language, time zone, handles, tags), exporting them and
 * importing the file into another tenant gives the same contacts back.
 */
class ContactImportExportRoundTripProperties {

    private static final List<String> NETWORKS = List.of("linkedin", "x", "github", "facebook", "instagram", "xing");

    @Provide
    Arbitrary<ContactProfile> profiles() {
        Arbitrary<String> text = Arbitraries.strings().withChars("abcXYZ äöüßéø,;\"'=+-@\t|")
                .ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank()).map(String::strip);
        Arbitrary<List<EmailAddress>> emails = Arbitraries.strings().withChars("abcxyz019.").ofMinLength(1)
                .ofMaxLength(10).filter(s -> !s.startsWith(".") && !s.endsWith(".") && !s.contains(".."))
                .map(local -> EmailAddress.of(local + "@example.org")).list().uniqueElements().ofMaxSize(3);
        Arbitrary<List<PhoneNumber>> phones = Arbitraries.longs().between(1_000_000L, 999_999_999_999L)
                .map(n -> PhoneNumber.of("+" + n)).list().uniqueElements().ofMaxSize(3);
        Arbitrary<Locale> language = Arbitraries.of(Locale.UK, Locale.GERMAN, Locale.forLanguageTag("de-CH"),
                Locale.forLanguageTag("pt-BR")).injectNull(0.3);
        Arbitrary<ZoneId> zone = Arbitraries.of("Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC")
                .map(ZoneId::of).injectNull(0.3);
        Arbitrary<List<SocialHandle>> social = Combinators.combine(Arbitraries.of(NETWORKS), text)
                .as(SocialHandle::of).list().ofMaxSize(3)
                .map(list -> list.stream().filter(distinctBy(new java.util.HashSet<>())).toList());
        Arbitrary<Set<Tag>> tags = Arbitraries.strings().withChars("abcXYZ-_ äé").ofMinLength(1)
                .ofMaxLength(12).filter(t -> !t.isBlank()).map(Tag::of).set().ofMaxSize(4);
        return Combinators.combine(text, emails, phones, text.injectNull(0.3), language, zone, social, tags)
                .as((name, mails, numbers, title, lang, tz, handles, tagSet) -> {
                    List<ContactEmail> emailList = new ArrayList<>();
                    mails.forEach(m -> emailList.add(emailList.isEmpty() ? ContactEmail.primary(m)
                            : ContactEmail.other(m, null)));
                    List<ContactPhone> phoneList = new ArrayList<>();
                    numbers.forEach(n -> phoneList.add(phoneList.isEmpty() ? ContactPhone.primary(n)
                            : ContactPhone.other(n, null)));
                    return ContactProfile.named(name).withEmails(emailList).withPhones(phoneList)
                            .withJobTitle(title).withPreferredLanguage(lang).withTimeZone(tz)
                            .withSocialHandles(handles).withTags(tagSet);
                });
    }

    private static java.util.function.Predicate<SocialHandle> distinctBy(Set<String> seen) {
        return handle -> seen.add(handle.network());
    }

    @Provide
    Arbitrary<List<ContactProfile>> list() {
        // a tenant never has two contacts for one mailbox: keep the addresses apart across contacts
        return profiles().list().ofMaxSize(12).map(list -> {
            Set<EmailAddress> used = new java.util.HashSet<>();
            return list.stream().filter(p -> p.emailAddresses().stream().allMatch(used::add)).toList();
        });
    }

    @Property(tries = 60)
    void exportThenImportGivesTheSameContacts(@ForAll("list") List<ContactProfile> profiles) {
        Contacts source = Crm.inMemory().session(TenantId.of("a"), Actor.system()).contacts();
        profiles.forEach(p -> source.create(CreateContact.of(p)));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        source.exportCsv(ContactFilter.any(), csv);

        Contacts target = Crm.inMemory().session(TenantId.of("b"), Actor.system()).contacts();
        ContactImportReport report = target.importCsv(new ByteArrayInputStream(csv.toByteArray()),
                ContactImportOptions.defaults().chunkSize(5));

        assertThat(report.rejected()).isEmpty();
        assertThat(report.stored()).isEqualTo(profiles.size());
        assertThat(profilesOf(target)).containsExactlyElementsOf(profilesOf(source));
    }

    private static List<ContactProfile> profilesOf(Contacts contacts) {
        return contacts.list(new ListContacts(ContactFilter.any(), PageRequest.first(1000))).items().stream()
                .map(ContactView::profile)
                .map(p -> p.withSocialHandles(p.socialHandles().stream()
                        .sorted(Comparator.comparing(SocialHandle::network)).toList()))
                .toList();
    }
}
