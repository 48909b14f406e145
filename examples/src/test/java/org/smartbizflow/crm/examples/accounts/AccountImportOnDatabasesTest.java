package org.smartbizflow.crm.examples.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartbizflow.crm.account.AccountAddress;
import org.smartbizflow.crm.account.AccountFilter;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.AddressKind;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.SizeBand;
import org.smartbizflow.crm.account.TaxId;
import org.smartbizflow.crm.account.port.in.AccountImportOptions;
import org.smartbizflow.crm.account.port.in.AccountImportReport;
import org.smartbizflow.crm.account.port.in.Accounts;
import org.smartbizflow.crm.account.port.in.CreateAccount;
import org.smartbizflow.crm.account.port.in.SearchAccounts;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.examples.Databases;
import org.smartbizflow.crm.jpa.JpaCrmPersistence;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.Address;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.port.in.DuplicatePolicy;
import org.smartbizflow.crm.shared.port.in.RowRejection;

/**
 * The account import and export through the session on the JPA adapter, on every database
 * the CRM supports: H2 and embedded PostgreSQL always, PostgreSQL and MariaDB servers when
 * {@code CRM_TEST_POSTGRES_URL} / {@code CRM_TEST_MARIADB_URL} name them (skipped otherwise,
 * failed when {@code CI=true}). Duplicates by domain, name and id, parents within and across
 * chunks, a cycle built inside one chunk, the dry run and the export round trip all run on the
 * real tables and their recursive hierarchy queries.
 */
class AccountImportOnDatabasesTest {

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
        Accounts accounts = crm.session(TenantId.of("acc-import-" + marker), Actor.system()).accounts();
        AccountId group = accounts.create(new CreateAccount(AccountProfile.named("Engines Group plc")
                .withDomains(DomainName.of("group.example")).withIndustry("Holding")));
        String csv = "name,domain,other domains,industry,employees,revenue,tax ids,tags,parent domain,"
                + "billing street,billing city,billing country,custom.tier,custom.since:date\n"
                + "Engines UK Ltd,uk.example,engines.co.uk,Manufacturing,300,4500000 GBP,VAT GB1,\"strategic,uk\","
                + "group.example,\"1 Way\nFloor 2\",London,GB,gold,2019-04-01\n"
                + "Engines Leeds,leeds.example,,,,,,,uk.example,,Leeds,GB,,\n"
                + "Engines Group,group.example,,Engineering,,,,,,,,,,\n"
                + "Engines York,york.example,,,,,,,engines.co.uk,,,,,\n"
                + "Loop A,loop-a.example,,,,,,,,,,,,\n"
                + "Loop B,loop-b.example,,,,,,,loop-a.example,,,,,\n"
                + "Loop A,loop-a.example,,,,,,,loop-b.example,,,,,\n"
                + "Bad,bad.example,,,many,,,,,,,,,\n";
        // chunks of four rows, so the loop of Loop A and Loop B is built inside one transaction; the first
        // row spans two lines (a street with a line break), so rows are reported from the line they start on
        AccountImportOptions options = AccountImportOptions.defaults().chunkSize(4)
                .duplicates(DuplicatePolicy.UPDATE);

        AccountImportReport dry = accounts.importCsv(bytes(csv), options.dryRun(true));
        assertThat(all(accounts)).hasSize(1);
        AccountImportReport report = accounts.importCsv(bytes(csv), options);

        assertThat(report.rowsRead()).isEqualTo(8);
        assertThat(report.stored()).as(report.rejected().toString()).isEqualTo(5);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.parentsSet()).isEqualTo(4);
        assertThat(report.rejected()).extracting(RowRejection::line, RowRejection::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(9L, "parent"), org.assertj.core.groups.Tuple.tuple(10L, "employees"));
        assertThat(List.of(dry.stored(), dry.updated(), dry.parentsSet()))
                .isEqualTo(List.of(report.stored(), report.updated(), report.parentsSet()));
        assertThat(dry.rejected()).isEqualTo(report.rejected());

        AccountView uk = one(accounts, "uk.example");
        AccountProfile p = uk.profile();
        assertThat(p.domains()).containsExactly(DomainName.of("uk.example"), DomainName.of("engines.co.uk"));
        assertThat(p.sizeBand()).isEqualTo(SizeBand.LARGE);
        assertThat(p.annualRevenue()).isEqualTo(Money.of("4500000.00", "GBP"));
        assertThat(p.taxIds()).containsExactly(TaxId.of("VAT", "GB1"));
        assertThat(p.addresses()).containsExactly(AccountAddress.of(AddressKind.BILLING,
                new Address("1 Way\nFloor 2", null, "London", null, CountryCode.of("GB"))));
        assertThat(p.customFields().get("since")).contains(new CustomValue.Date(java.time.LocalDate.of(2019, 4, 1)));
        assertThat(uk.parentId()).isEqualTo(group);
        assertThat(one(accounts, "leeds.example").parentId()).isEqualTo(uk.id());
        assertThat(one(accounts, "york.example").parentId()).isEqualTo(uk.id());
        assertThat(accounts.get(group).profile().industry()).isEqualTo("Engineering");
        assertThat(accounts.subtree(group)).hasSize(4);
        assertThat(one(accounts, "loop-b.example").parentId()).isEqualTo(one(accounts, "loop-a.example").id());
        assertThat(one(accounts, "loop-a.example").parentId()).as("the cycle's row changed nothing").isNull();

        List<AccountView> before = all(accounts);
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        assertThat(accounts.exportCsv(AccountFilter.any(), export)).isEqualTo(6);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        assertThat(accounts.exportJson(AccountFilter.any().withText("engines"), json)).isEqualTo(4);

        // unchanged, the export updates nothing; into another tenant, without the ids, it copies the profiles
        AccountImportReport unchanged = accounts.importCsv(bytes(export.toString(StandardCharsets.UTF_8)),
                AccountImportOptions.defaults().duplicates(DuplicatePolicy.UPDATE));
        assertThat(unchanged.isClean()).as(unchanged.rejected().toString()).isTrue();
        assertThat(all(accounts)).isEqualTo(before);
        Accounts copy = crm.session(TenantId.of("acc-copy-" + marker), Actor.system()).accounts();
        String withoutIds = export.toString(StandardCharsets.UTF_8).replaceFirst("^id,", "old_id,")
                .replace(",parent_id,", ",old_parent,");
        AccountImportReport copied = copy.importCsv(bytes(withoutIds), AccountImportOptions.defaults());
        assertThat(copied.stored()).as(copied.rejected().toString()).isEqualTo(6);
        assertThat(profiles(copy)).isEqualTo(profiles(accounts));
    }

    private static ByteArrayInputStream bytes(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static AccountView one(Accounts accounts, String domain) {
        List<AccountView> found = accounts.findByDomain(DomainName.of(domain));
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<AccountView> all(Accounts accounts) {
        return accounts.search(new SearchAccounts(AccountFilter.any(), PageRequest.first(100))).items();
    }

    private static List<AccountProfile> profiles(Accounts accounts) {
        return all(accounts).stream().map(AccountView::profile)
                .sorted(Comparator.comparing(AccountProfile::legalName)).toList();
    }
}
