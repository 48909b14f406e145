package org.smartbizflow.crm.examples.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.port.in.CreateAccount;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.ConsentRecord;
import org.smartbizflow.crm.contact.ConsentStatus;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.ContactFilter;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.LawfulBasis;
import org.smartbizflow.crm.contact.SocialHandle;
import org.smartbizflow.crm.contact.port.in.ContactImportOptions;
import org.smartbizflow.crm.contact.port.in.ContactImportReport;
import org.smartbizflow.crm.contact.port.in.Contacts;
import org.smartbizflow.crm.contact.port.in.CreateContact;
import org.smartbizflow.crm.contact.port.in.ListContacts;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.examples.Databases;
import org.smartbizflow.crm.jpa.JpaCrmPersistence;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.port.in.DuplicatePolicy;
import org.smartbizflow.crm.shared.port.in.RowRejection;

/**
 * The contact import and export through the session on the JPA adapter, on every database
 * the CRM supports: H2 and embedded PostgreSQL always, PostgreSQL and MariaDB servers when
 * {@code CRM_TEST_POSTGRES_URL} / {@code CRM_TEST_MARIADB_URL} name them (skipped otherwise,
 * failed when {@code CI=true}). Account matching and creation, duplicates, consent, the
 * row-by-row retry of a failed chunk and the export round trip all run on the real tables.
 */
class ContactImportOnDatabasesTest {

    private final String marker = Databases.marker();

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void on(Databases.Kind database) throws SQLException {
        database.run(this::scenarioOn);
    }

    private void scenarioOn(JpaCrmPersistence store) {
        scenario(Crm.builder().persistence(store).build());
    }

    private void scenario(Crm crm) {
        TenantId tenant = TenantId.of("import-" + marker);
        CrmSession session = crm.session(tenant, Actor.system());
        Contacts contacts = session.contacts();
        AccountId engines = session.accounts().create(new CreateAccount(AccountProfile.named("Analytical Engines Ltd")
                .withDomains(DomainName.of("engines.example"))));
        contacts.create(CreateContact.of(ContactProfile.named("Known Person")
                .withEmails(EmailAddress.of("known@engines.example")).withTags(tags("s", 30))));
        String csv = "name,email,other emails,phone,company,linkedin,tags,email consent,consent basis,consent source\n"
                + "Ada Lovelace,ada@engines.example,ada@home.example,020 7946 0000,,ada-l,vip,opted_in,consent,"
                + "fair 2026 sheet\n"
                + "Ann Globex,ann@globex.example,,,Globex,,,,,\n"
                + "Ben Globex,ben@globex.example,,,globex,,,,,\n"
                + "Ada Again,ADA@engines.example,,,,,,,,\n"
                + "Bad Mail,nobody@,,,,,,,,\n"
                + "Known Person,known@engines.example,,,,,\"" + String.join(",", tags("t", 30)) + "\",,,\n"
                + "Free Mail,someone@gmail.com,,,,,,opted_in,,\n";

        ContactImportReport report = contacts.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ContactImportOptions.defaults().chunkSize(3).phoneRegion(CountryCode.of("GB"))
                        .createMissingAccounts(true).duplicates(DuplicatePolicy.UPDATE));

        assertThat(report.rowsRead()).isEqualTo(7);
        assertThat(report.stored()).as(report.rejected().toString()).isEqualTo(3);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.rejected()).extracting(RowRejection::line, RowRejection::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(6L, "email"), org.assertj.core.groups.Tuple.tuple(7L, "tags"),
                org.assertj.core.groups.Tuple.tuple(8L, "consentBasis"));
        assertThat(report.stored() + report.updated() + report.skipped().size() + report.rejected().size())
                .isEqualTo(report.rowsRead());
        assertThat(report.accountsCreated()).isEqualTo(1);
        assertThat(report.consentRecords()).isEqualTo(1);

        ContactView ada = contacts.findByEmail(EmailAddress.of("ada@home.example")).orElseThrow();
        assertThat(ada.name()).isEqualTo("Ada Again");
        assertThat(ada.profile().accountId()).isEqualTo(engines);
        assertThat(ada.profile().primaryPhone()).contains(PhoneNumber.of("+442079460000"));
        assertThat(ada.profile().socialHandles()).containsExactly(SocialHandle.of("linkedin", "ada-l"));
        List<ConsentRecord> consent = contacts.consentHistory(ada.id());
        assertThat(consent).singleElement().satisfies(record -> {
            assertThat(record.channel()).isEqualTo(Channel.EMAIL);
            assertThat(record.status()).isEqualTo(ConsentStatus.OPTED_IN);
            assertThat(record.lawfulBasis()).isEqualTo(LawfulBasis.CONSENT);
            assertThat(record.source()).isEqualTo("fair 2026 sheet");
        });
        AccountView globex = session.accounts().get(
                contacts.findByEmail(EmailAddress.of("ann@globex.example")).orElseThrow().profile().accountId());
        assertThat(globex.profile().legalName()).isEqualTo("Globex");
        assertThat(contacts.findByEmail(EmailAddress.of("ben@globex.example")).orElseThrow().profile().accountId())
                .isEqualTo(globex.id());
        assertThat(contacts.findByEmail(EmailAddress.of("known@engines.example")).orElseThrow().profile().tags())
                .hasSize(30);

        ContactImportReport again = contacts.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ContactImportOptions.defaults().phoneRegion(CountryCode.of("GB")).duplicates(DuplicatePolicy.CREATE));
        assertThat(again.stored()).isZero();
        assertThat(again.rejected()).extracting(RowRejection::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);

        // within one chunk (one transaction) a later row finds the contact an earlier row stored
        String sameChunk = "name,email,other emails,job title\nNew Person,new@x.example,,\n"
                + "New Person,NEW@x.example,new@home.example,Engineer\n";
        ContactImportReport merged = contacts.importCsv(new ByteArrayInputStream(
                sameChunk.getBytes(StandardCharsets.UTF_8)), ContactImportOptions.defaults()
                .duplicates(DuplicatePolicy.UPDATE));
        assertThat(merged.stored()).as(merged.rejected().toString()).isEqualTo(1);
        assertThat(merged.updated()).isEqualTo(1);
        ContactView newPerson = contacts.findByEmail(EmailAddress.of("new@home.example")).orElseThrow();
        assertThat(newPerson.profile().jobTitle()).isEqualTo("Engineer");
        assertThat(newPerson.profile().primaryEmail()).contains(EmailAddress.of("new@x.example"));

        ByteArrayOutputStream export = new ByteArrayOutputStream();
        assertThat(contacts.exportCsv(ContactFilter.any(), export)).isEqualTo(5);
        ByteArrayOutputStream vip = new ByteArrayOutputStream();
        assertThat(contacts.exportJson(ContactCriteria.where(ContactCriteria.Field.TAG,
                ContactCriteria.Operator.EQUALS, "vip"), vip)).isEqualTo(1);
        assertThat(vip.toString(StandardCharsets.UTF_8)).contains("ada@home.example");

        TenantId copy = TenantId.of("copy-" + marker);
        Contacts target = crm.session(copy, Actor.system()).contacts();
        // the account ids belong to the first tenant: the copy imports without them
        String withoutAccounts = export.toString(StandardCharsets.UTF_8).replace(",account_id,", ",ignored_account,");
        ContactImportReport copied = target.importCsv(new ByteArrayInputStream(
                withoutAccounts.getBytes(StandardCharsets.UTF_8)), ContactImportOptions.defaults());
        assertThat(copied.stored()).as(copied.rejected().toString()).isEqualTo(5);
        assertThat(profilesWithoutAccount(target)).isEqualTo(profilesWithoutAccount(contacts));
    }

    private static List<ContactProfile> profilesWithoutAccount(Contacts contacts) {
        return contacts.list(new ListContacts(ContactFilter.any(), PageRequest.first(100))).items().stream()
                .map(ContactView::profile).map(p -> p.withAccount(null))
                .sorted(Comparator.comparing(ContactProfile::name)).toList();
    }

    private static String[] tags(String prefix, int count) {
        String[] tags = new String[count];
        for (int i = 0; i < count; i++) {
            tags[i] = prefix + i;
        }
        return tags;
    }

    /** A new connection from DriverManager per request: enough for a test against a server. */
}
