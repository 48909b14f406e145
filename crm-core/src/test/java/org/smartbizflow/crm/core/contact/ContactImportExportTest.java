package org.smartbizflow.crm.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.port.in.CreateAccount;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.ConsentDecision;
import org.smartbizflow.crm.contact.ConsentRecord;
import org.smartbizflow.crm.contact.ConsentStatus;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.ContactFilter;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.LawfulBasis;
import org.smartbizflow.crm.contact.SocialHandle;
import org.smartbizflow.crm.contact.port.in.ContactField;
import org.smartbizflow.crm.contact.port.in.ContactImportOptions;
import org.smartbizflow.crm.contact.port.in.ContactImportReport;
import org.smartbizflow.crm.contact.port.in.Contacts;
import org.smartbizflow.crm.contact.port.in.CreateContact;
import org.smartbizflow.crm.contact.port.in.ListContacts;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.port.in.DuplicatePolicy;
import org.smartbizflow.crm.shared.port.in.ImportProgress;
import org.smartbizflow.crm.shared.port.in.RowRejection;

/** Contact import and export through the session, in memory. */
class ContactImportExportTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:15:30Z"), ZoneOffset.UTC);
    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final Crm crm = Crm.builder().persistence(store).clock(clock).build();
    private final CrmSession session = crm.session(TenantId.of("acme"), Actor.system());
    private final Contacts contacts = session.contacts();

    private ContactImportReport importCsv(String csv, ContactImportOptions options) {
        return contacts.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), options);
    }

    private List<ContactView> all() {
        return contacts.list(new ListContacts(ContactFilter.any(), PageRequest.first(1000))).items();
    }

    private ContactView byEmail(String email) {
        return contacts.findByEmail(EmailAddress.of(email)).orElseThrow();
    }

    private static void assertEveryRowCountedOnce(ContactImportReport report) {
        assertThat(report.stored() + report.updated() + report.skipped().size() + report.rejected().size())
                .isEqualTo(report.rowsRead());
    }

    @Test
    void readsTheProfileColumnsByHeaderNameAndReportsBadRowsByLineAndField() {
        String csv = """
                First Name;Last Name;E-Mail;Other emails;Phone;Mobile;Job title;Language;Time zone;Tags;LinkedIn;Twitter;Shoe size
                Ada;Lovelace;Ada@Engines.example;ada@home.example, ada@alt.example;020 7946 0000;07911 123456;Analyst;en-GB;Europe/London;vip, board;ada-l;@ada;42
                Bob;;bob@;;;;;;;;;;
                Carla;Tosi;carla@example.org;;not a number;;;xx-invalid-;Mars/Base;;;;
                """;

        ContactImportReport report = importCsv(csv, ContactImportOptions.defaults().phoneRegion(CountryCode.of("GB")));

        assertThat(report.delimiter()).isEqualTo(';');
        assertThat(report.mapping()).containsEntry("E-Mail", ContactField.EMAIL)
                .containsEntry("Mobile", ContactField.OTHER_PHONES).containsEntry("Twitter", ContactField.X);
        assertThat(report.ignoredColumns()).containsExactly("Shoe size");
        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.stored()).as(report.rejected().toString()).isEqualTo(1);
        assertEveryRowCountedOnce(report);
        assertThat(report.rejected()).extracting(RowRejection::line).containsExactly(3L, 4L);
        assertThat(report.rejected().get(0).field()).isEqualTo("email");
        assertThat(report.rejected().get(1).violations()).extracting(v -> v.field())
                .contains("phone", "timeZone");

        ContactProfile ada = byEmail("ada@engines.example").profile();
        assertThat(ada.name()).isEqualTo("Ada Lovelace");
        assertThat(ada.emailAddresses()).extracting(EmailAddress::value)
                .containsExactly("ada@engines.example", "ada@home.example", "ada@alt.example");
        assertThat(ada.primaryPhone()).contains(PhoneNumber.of("+442079460000"));
        assertThat(ada.phones()).hasSize(2);
        assertThat(ada.jobTitle()).isEqualTo("Analyst");
        assertThat(ada.preferredLanguage()).isEqualTo(Locale.UK);
        assertThat(ada.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(ada.tags()).containsExactly(Tag.of("board"), Tag.of("vip"));
        assertThat(ada.socialHandles()).containsExactlyInAnyOrder(SocialHandle.of("linkedin", "ada-l"),
                SocialHandle.of("x", "@ada"));
    }

    @Test
    void aFileWithoutANameColumnOrAnUnknownMappedHeaderIsRefusedAsAWhole() {
        assertThatThrownBy(() -> importCsv("email\na@x.example\n", ContactImportOptions.defaults()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("columns");
        assertThatThrownBy(() -> importCsv("Who,Mail\nAda,a@x.example\n", ContactImportOptions.defaults()
                .columns(Map.of("Person", ContactField.NAME))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no column 'Person'");
        assertThat(importCsv("Who,Mail\nAda,a@x.example\n", ContactImportOptions.defaults()
                .columns(Map.of("Who", ContactField.NAME, "Mail", ContactField.EMAIL))).stored()).isEqualTo(1);
        assertThat(byEmail("a@x.example").name()).isEqualTo("Ada");
    }

    @Test
    void matchesAccountsByIdThenDomainOrNameThenTheEmailDomainButNeverAFreeMailDomain() {
        AccountId engines = session.accounts().create(new CreateAccount(AccountProfile.named("Analytical Engines Ltd")
                .withDomains(DomainName.of("engines.example"))));
        AccountId loom = session.accounts().create(new CreateAccount(AccountProfile.named("Jacquard Loom GmbH")));
        AccountId gmail = session.accounts().create(new CreateAccount(AccountProfile.named("Google")
                .withDomains(DomainName.of("gmail.com"))));
        String csv = "name,email,account id,account,domain\n"
                + "By id,id@somewhere.example," + loom + ",,\n"
                + "By name,name@elsewhere.example,,jacquard loom gmbh,\n"
                + "By domain,dom@elsewhere2.example,,,www.engines.example\n"
                + "By mail,mail@engines.example,,,\n"
                + "Free mail,someone@gmail.com,,,\n"
                + "Unknown,nobody@unknown.example,,,\n";

        ContactImportReport report = importCsv(csv, ContactImportOptions.defaults());

        assertThat(report.stored()).isEqualTo(6);
        assertThat(report.accountsCreated()).isZero();
        assertThat(byEmail("id@somewhere.example").profile().accountId()).isEqualTo(loom);
        assertThat(byEmail("name@elsewhere.example").profile().accountId()).isEqualTo(loom);
        assertThat(byEmail("dom@elsewhere2.example").profile().accountId()).isEqualTo(engines);
        assertThat(byEmail("mail@engines.example").profile().accountId()).isEqualTo(engines);
        assertThat(byEmail("someone@gmail.com").profile().accountId()).isNull();
        assertThat(gmail).isNotNull();
        assertThat(byEmail("nobody@unknown.example").profile().accountId()).isNull();
    }

    @Test
    void aDryRunReportsWhatTheRunWouldDoAcrossChunks() {
        // chunks of two: a repeated address and a repeated new company fall in later chunks
        String csv = "name,email,company\n"
                + "Ann,ann@globex.example,Globex\n"
                + "Ben,ben@initech.example,Initech\n"
                + "Ann B.,ANN@globex.example,Globex\n"
                + "Cid,cid@globex.example,GLOBEX\n"
                + "Dee,dee@x.example,\n"
                + "Ben B.,ben@initech.example,Initech\n";
        for (DuplicatePolicy policy : List.of(DuplicatePolicy.SKIP, DuplicatePolicy.UPDATE)) {
            // each policy on a tenant of its own
            Contacts tenant = crm.session(TenantId.of("dry-" + policy.name().toLowerCase(java.util.Locale.ROOT)),
                    Actor.system()).contacts();
            ContactImportOptions options = ContactImportOptions.defaults().chunkSize(2).duplicates(policy)
                    .createMissingAccounts(true);

            ContactImportReport dry = tenant.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    options.dryRun(true));
            ContactImportReport real = tenant.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    options);

            assertThat(dry.stored()).as(policy.name()).isEqualTo(real.stored()).isEqualTo(4);
            assertThat(dry.updated()).as(policy.name()).isEqualTo(real.updated());
            assertThat(dry.skipped()).as(policy.name()).isEqualTo(real.skipped());
            assertThat(dry.rejected()).as(policy.name()).isEqualTo(real.rejected());
            // Globex and Initech by name, x.example from Dee's address
            assertThat(dry.accountsCreated()).as(policy.name()).isEqualTo(real.accountsCreated()).isEqualTo(3);
        }
    }

    @Test
    void aRowNamingAMissingAccountIsRejectedOrTheAccountIsCreatedOnceWhenAsked() {
        String csv = "name,email,company,account id\n"
                + "Ann,ann@globex.example,Globex,\n"
                + "Ben,ben@globex.example,GLOBEX,\n"
                + "Cid,cid@x.example,," + AccountId.parse("01900000-0000-7000-8000-000000000009") + "\n";

        ContactImportReport refused = importCsv(csv, ContactImportOptions.defaults());
        assertThat(refused.stored()).isZero();
        assertThat(refused.rejected()).extracting(RowRejection::field).containsExactly("account", "account",
                "accountId");

        ContactImportReport dryRun = importCsv(csv, ContactImportOptions.defaults().createMissingAccounts(true)
                .dryRun(true));
        assertThat(dryRun.stored()).isEqualTo(2);
        assertThat(dryRun.accountsCreated()).isEqualTo(1);
        assertThat(all()).isEmpty();
        assertThat(store.accounts().findByNormalisedName(TenantId.of("acme"),
                org.smartbizflow.crm.account.AccountNames.normalise("Globex"))).isEmpty();

        ContactImportReport created = importCsv(csv, ContactImportOptions.defaults().createMissingAccounts(true));
        assertThat(created.stored()).isEqualTo(2);
        assertThat(created.accountsCreated()).isEqualTo(1);
        assertThat(created.rejected()).extracting(RowRejection::field).containsExactly("accountId");
        List<AccountView> globex = store.accounts().findByNormalisedName(TenantId.of("acme"),
                org.smartbizflow.crm.account.AccountNames.normalise("Globex"));
        assertThat(globex).hasSize(1);
        assertThat(byEmail("ann@globex.example").profile().accountId()).isEqualTo(globex.get(0).id());
        assertThat(byEmail("ben@globex.example").profile().accountId()).isEqualTo(globex.get(0).id());
    }

    @Test
    void neverCreatesASecondContactForAMailboxWhateverThePolicy() {
        contacts.create(CreateContact.of(ContactProfile.named("Ada Lovelace")
                .withEmails(EmailAddress.of("ada@engines.example")).withTags("vip").withJobTitle("Analyst")));
        String csv = """
                name,email,other emails,job title,tags
                Ada King,ADA@engines.example,ada@home.example,,board
                New Person,new@x.example,,Engineer,
                New Again,other@x.example,NEW@x.example,,
                """;

        ContactImportReport skip = importCsv(csv, ContactImportOptions.defaults().duplicates(DuplicatePolicy.SKIP));
        assertThat(skip.stored()).isEqualTo(1);
        assertThat(skip.skipped()).containsExactly(2L, 4L);
        assertEveryRowCountedOnce(skip);
        assertThat(byEmail("ada@engines.example").name()).isEqualTo("Ada Lovelace");

        ContactImportReport create = importCsv(csv, ContactImportOptions.defaults()
                .duplicates(DuplicatePolicy.CREATE));
        assertThat(create.stored()).isZero();
        assertThat(create.rejected()).extracting(RowRejection::line).containsExactly(2L, 3L, 4L);
        assertThat(create.rejected().get(0).reason()).contains("never has two contacts for one mailbox");

        ContactImportReport update = importCsv(csv, ContactImportOptions.defaults()
                .duplicates(DuplicatePolicy.UPDATE));
        assertThat(update.updated()).isEqualTo(3);
        assertEveryRowCountedOnce(update);
        ContactProfile ada = byEmail("ada@home.example").profile();
        assertThat(ada.name()).isEqualTo("Ada King");
        assertThat(ada.primaryEmail()).contains(EmailAddress.of("ada@engines.example"));
        assertThat(ada.jobTitle()).isEqualTo("Analyst");
        assertThat(ada.tags()).containsExactly(Tag.of("board"), Tag.of("vip"));
        assertThat(byEmail("other@x.example").id()).isEqualTo(byEmail("new@x.example").id());
        assertThat(all()).hasSize(2);
    }

    @Test
    void aRowWhoseAddressesBelongToTwoContactsIsRejected() {
        contacts.create(CreateContact.of(ContactProfile.named("One").withEmails(EmailAddress.of("one@x.example"))));
        contacts.create(CreateContact.of(ContactProfile.named("Two").withEmails(EmailAddress.of("two@x.example"))));

        ContactImportReport report = importCsv("name,email,other emails\nBoth,one@x.example,two@x.example\n",
                ContactImportOptions.defaults().duplicates(DuplicatePolicy.UPDATE));

        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("email");
            assertThat(r.reason()).contains("different contacts");
        });
    }

    @Test
    void consentIsRecordedOnlyWithItsLawfulBasisAndSourceAndNeverImplied() {
        String csv = """
                name,email,email consent,sms consent,consent basis,consent source
                With proof,proof@x.example,opted_in,opted out,consent,trade-show-2026 sign-up sheet
                No basis,nobasis@x.example,opted_in,,,sheet
                Unclear,unclear@x.example,yes,,consent,sheet
                No consent,plain@x.example,,,,
                """;

        ContactImportReport report = importCsv(csv, ContactImportOptions.defaults());

        assertThat(report.stored()).isEqualTo(2);
        assertThat(report.consentRecords()).isEqualTo(2);
        assertThat(report.rejected()).extracting(RowRejection::line).containsExactly(3L, 4L);
        assertThat(report.rejected().get(0).field()).isEqualTo("consentBasis");
        assertThat(report.rejected().get(1).field()).isEqualTo("emailConsent");
        ContactView proof = byEmail("proof@x.example");
        List<ConsentRecord> history = contacts.consentHistory(proof.id());
        assertThat(history).extracting(ConsentRecord::channel, ConsentRecord::status, ConsentRecord::lawfulBasis,
                ConsentRecord::source).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Channel.EMAIL, ConsentStatus.OPTED_IN, LawfulBasis.CONSENT,
                        "trade-show-2026 sign-up sheet"),
                org.assertj.core.groups.Tuple.tuple(Channel.SMS, ConsentStatus.OPTED_OUT, LawfulBasis.CONSENT,
                        "trade-show-2026 sign-up sheet"));
        assertThat(contacts.mayContact(proof.id(), Channel.EMAIL)).isInstanceOf(ConsentDecision.Allowed.class);
        ContactView plain = byEmail("plain@x.example");
        assertThat(contacts.consentHistory(plain.id())).isEmpty();
        assertThat(contacts.mayContact(plain.id(), Channel.EMAIL)).isEqualTo(
                new ConsentDecision.Denied(ConsentDecision.Reason.NO_CONSENT));
    }

    @Test
    void aChunkThatFailsToWriteIsRetriedRowByRowSoOnlyTheBadRowIsRejected() {
        StringBuilder tags = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            tags.append(tags.length() == 0 ? "" : ",").append("t").append(i);
        }
        contacts.create(CreateContact.of(ContactProfile.named("Tagged").withEmails(EmailAddress.of("t@x.example"))
                .withTags(tags.toString().replace("t", "s").split(","))));
        // the second row is valid alone but its merge exceeds the tag limit only when written
        String csv = "name,email,tags\nFirst,first@x.example,\nTagged,t@x.example,\"" + tags + "\"\n"
                + "Third,third@x.example,\n";
        List<ImportProgress> progress = new ArrayList<>();

        ContactImportReport report = importCsv(csv, ContactImportOptions.defaults()
                .duplicates(DuplicatePolicy.UPDATE).onProgress(progress::add));

        assertThat(report.stored()).isEqualTo(2);
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.field()).isEqualTo("tags");
        });
        assertEveryRowCountedOnce(report);
        assertThat(progress).last().isEqualTo(new ImportProgress(3, 2, 0, 0, 1));
        assertThat(byEmail("t@x.example").profile().tags()).hasSize(30);
    }

    @Test
    void chunksSplitTheFileAndEveryRowIsCountedOnce() {
        StringBuilder csv = new StringBuilder("name,email\n");
        for (int i = 0; i < 25; i++) {
            csv.append("P").append(i).append(",p").append(i % 20).append("@x.example\n");
        }
        List<ImportProgress> progress = new ArrayList<>();

        ContactImportReport report = importCsv(csv.toString(), ContactImportOptions.defaults().chunkSize(7)
                .onProgress(progress::add));

        assertThat(report.stored()).isEqualTo(20);
        assertThat(report.skipped()).hasSize(5);
        assertThat(progress).hasSize(4);
        assertEveryRowCountedOnce(report);
    }

    @Test
    void exportsNeutraliseFormulasAndFollowTheFilterOrTheCriteria() throws Exception {
        contacts.create(CreateContact.of(ContactProfile.named("=HYPERLINK(\"http://evil\")")
                .withEmails(EmailAddress.of("evil@x.example")).withTags("vip")));
        contacts.create(CreateContact.of(ContactProfile.named("Plain").withEmails(EmailAddress.of("plain@x.example"))
                .withPhones(PhoneNumber.parse("+44 20 7946 0000"))));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        assertThat(contacts.exportCsv(ContactFilter.any(), csv)).isEqualTo(2);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("id,name,email,other_emails,phone");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").contains("'+442079460000");

        ByteArrayOutputStream vip = new ByteArrayOutputStream();
        assertThat(contacts.exportCsv(ContactCriteria.where(ContactCriteria.Field.TAG,
                ContactCriteria.Operator.EQUALS, "vip"), vip)).isEqualTo(1);
        assertThat(vip.toString(StandardCharsets.UTF_8)).contains("evil@x.example").doesNotContain("plain@");

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        assertThat(contacts.exportJson(ContactFilter.any().withText("plain"), json)).isEqualTo(1);
        com.fasterxml.jackson.databind.JsonNode array = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.toByteArray());
        assertThat(array).hasSize(1);
        assertThat(array.get(0).get("phones").get(0).get("number").asText()).isEqualTo("+442079460000");
        assertThat(array.get(0).get("emails").get(0).get("primary").asBoolean()).isTrue();

        // the neutralised cells import back to the original values
        Contacts target = Crm.inMemory().session(TenantId.of("other"), Actor.system()).contacts();
        ContactImportReport report = target.importCsv(new ByteArrayInputStream(csv.toByteArray()),
                ContactImportOptions.defaults());
        assertThat(report.stored()).isEqualTo(2);
        assertThat(target.findByEmail(EmailAddress.of("evil@x.example")).orElseThrow().name())
                .isEqualTo("=HYPERLINK(\"http://evil\")");
    }
}
