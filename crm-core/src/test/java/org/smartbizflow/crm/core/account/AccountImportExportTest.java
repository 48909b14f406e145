package org.smartbizflow.crm.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AccountAddress;
import org.smartbizflow.crm.account.AccountFilter;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.AddressKind;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.SizeBand;
import org.smartbizflow.crm.account.TaxId;
import org.smartbizflow.crm.account.port.in.AccountField;
import org.smartbizflow.crm.account.port.in.AccountImportOptions;
import org.smartbizflow.crm.account.port.in.AccountImportReport;
import org.smartbizflow.crm.account.port.in.Accounts;
import org.smartbizflow.crm.account.port.in.CreateAccount;
import org.smartbizflow.crm.account.port.in.MoveAccount;
import org.smartbizflow.crm.account.port.in.SearchAccounts;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.Address;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Violation;
import org.smartbizflow.crm.shared.port.in.DuplicatePolicy;
import org.smartbizflow.crm.shared.port.in.ImportProgress;
import org.smartbizflow.crm.shared.port.in.RowRejection;

/** Account import and export through the session, in memory. */
class AccountImportExportTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:15:30Z"), ZoneOffset.UTC);
    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final Crm crm = Crm.builder().persistence(store).clock(clock).build();
    private final Accounts accounts = crm.session(TenantId.of("acme"), Actor.system()).accounts();

    private AccountImportReport importCsv(String csv, AccountImportOptions options) {
        return importCsv(accounts, csv, options);
    }

    private static AccountImportReport importCsv(Accounts into, String csv, AccountImportOptions options) {
        return into.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), options);
    }

    private List<AccountView> all() {
        return accounts.search(new SearchAccounts(AccountFilter.any(), PageRequest.first(1000))).items();
    }

    private AccountView byDomain(String domain) {
        List<AccountView> found = accounts.findByDomain(DomainName.of(domain));
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static void assertEveryRowCountedOnce(AccountImportReport report) {
        assertThat(report.stored() + report.updated() + report.skipped().size() + report.rejected().size())
                .isEqualTo(report.rowsRead());
    }

    private static Map<Long, List<Violation>> rejectedByLine(AccountImportReport report) {
        Map<Long, List<Violation>> byLine = new java.util.TreeMap<>();
        for (RowRejection r : report.rejected()) {
            byLine.put(r.line(), r.violations());
        }
        return byLine;
    }

    @Test
    void readsTheProfileColumnsByHeaderNameAndReportsBadRowsByLineAndField() {
        String csv = """
                Account Name;Website;Industry;Employees;Annual Revenue;Currency;Tax ID;Tags;Billing Street;Billing City;Billing Zip;Billing Country;custom.tier;custom.founded:number;Shoe size
                Engines Ltd;https://www.Engines.example/about;Manufacturing;120;1200000.50;GBP;VAT GB123456789, CRN 01234567;Strategic, uk;1 Analytical Way;London;EC1A 1AA;GB;gold;1843;44
                ;broken.example;;;;;;;;;;;;;
                Bad Co;bad.example;;many;12,000;;VAT;;;Paris;;;;not a year;
                Lira Srl;lira.example;;;5000 EUR;GBP;;;;;;XX;;;
                """;

        AccountImportReport report = importCsv(csv, AccountImportOptions.defaults());

        assertEveryRowCountedOnce(report);
        assertThat(report.delimiter()).isEqualTo(';');
        assertThat(report.stored()).isEqualTo(1);
        assertThat(report.ignoredColumns()).containsExactly("Shoe size");
        assertThat(report.customColumns()).containsEntry("custom.tier", "tier:text")
                .containsEntry("custom.founded:number", "founded:number");
        AccountView engines = byDomain("engines.example");
        AccountProfile p = engines.profile();
        assertThat(p.legalName()).isEqualTo("Engines Ltd");
        assertThat(p.industry()).isEqualTo("Manufacturing");
        assertThat(p.sizeBand()).isEqualTo(SizeBand.MEDIUM);
        assertThat(p.annualRevenue()).isEqualTo(Money.of("1200000.50", "GBP"));
        assertThat(p.taxIds()).containsExactly(TaxId.of("VAT", "GB123456789"), TaxId.of("CRN", "01234567"));
        assertThat(p.tags()).containsExactly(Tag.of("strategic"), Tag.of("uk"));
        assertThat(p.addresses()).containsExactly(AccountAddress.of(AddressKind.BILLING,
                new Address("1 Analytical Way", "EC1A 1AA", "London", null, CountryCode.of("GB"))));
        assertThat(p.customFields().get("tier")).contains(new CustomValue.Text("gold"));
        assertThat(p.customFields().get("founded")).contains(new CustomValue.Number(new java.math.BigDecimal("1843")));
        assertThat(engines.ownerId()).isEqualTo(Actor.system().userId());

        Map<Long, List<Violation>> rejected = rejectedByLine(report);
        assertThat(rejected.keySet()).containsExactly(3L, 4L, 5L);
        assertThat(rejected.get(3L)).extracting(Violation::field).containsExactly("legalName");
        assertThat(rejected.get(4L)).extracting(Violation::field)
                .containsExactlyInAnyOrder("employees", "annualRevenue", "taxIds", "billingCountry", "custom.founded");
        assertThat(rejected.get(5L)).extracting(Violation::field)
                .containsExactlyInAnyOrder("annualRevenue", "billingCountry");
        assertThat(rejected.get(5L).get(0).problem()).contains("EUR").contains("GBP");
        assertThat(all()).hasSize(1);
    }

    @Test
    void aFileWithoutANameColumnOrWithABadCustomHeaderIsRefusedAsAWhole() {
        assertThatThrownBy(() -> importCsv("Website,Industry\nx.example,IT\n", AccountImportOptions.defaults()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("LEGAL_NAME");
        assertThatThrownBy(() -> importCsv("Name,custom.tier:colour\nA,b\n", AccountImportOptions.defaults()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("unknown type");
        assertThatThrownBy(() -> importCsv("", AccountImportOptions.defaults()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no header");
        assertThat(all()).isEmpty();
    }

    @Test
    void duplicatesAreFoundByDomainElseByNameAndSkippedUpdatedOrCreated() {
        AccountId engines = accounts.create(new CreateAccount(AccountProfile.named("Engines Ltd")
                .withDomains(DomainName.of("engines.example")).withIndustry("Manufacturing")
                .withTaxIds(TaxId.of("VAT", "GB1")).withTags(Tag.of("old"))));
        AccountId lira = accounts.create(new CreateAccount(AccountProfile.named("Lira Srl.")));
        String csv = """
                name,domain,industry,tax_ids,tags,size_band
                Engines Limited,engines.example,,VAT GB2; CRN 9,new,SMALL
                LIRA SRL,,Textiles,,,
                Newco,newco.example,,,,
                """;

        AccountImportReport skipped = importCsv(csv, AccountImportOptions.defaults());
        assertThat(skipped.skipped()).containsExactly(2L, 3L);
        assertThat(skipped.stored()).isEqualTo(1);

        AccountImportReport updated = importCsv(csv, AccountImportOptions.defaults()
                .duplicates(DuplicatePolicy.UPDATE));
        assertEveryRowCountedOnce(updated);
        assertThat(updated.updated()).isEqualTo(3);
        AccountProfile merged = accounts.get(engines).profile();
        assertThat(merged.legalName()).isEqualTo("Engines Limited");
        assertThat(merged.industry()).as("an empty cell keeps the stored value").isEqualTo("Manufacturing");
        assertThat(merged.taxIds()).containsExactly(TaxId.of("VAT", "GB2"), TaxId.of("CRN", "9"));
        assertThat(merged.tags()).containsExactly(Tag.of("new"), Tag.of("old"));
        assertThat(merged.sizeBand()).isEqualTo(SizeBand.SMALL);
        assertThat(accounts.get(lira).profile().industry()).isEqualTo("Textiles");

        AccountImportReport created = importCsv(csv, AccountImportOptions.defaults()
                .duplicates(DuplicatePolicy.CREATE));
        assertThat(created.stored()).isEqualTo(3);
        assertThat(all()).hasSize(6);
    }

    @Test
    void aRowMatchingTwoAccountsIsRejectedUnlessItsIdSaysWhichOne() {
        AccountId first = accounts.create(new CreateAccount(AccountProfile.named("Twin A")
                .withDomains(DomainName.of("twin.example"))));
        accounts.create(new CreateAccount(AccountProfile.named("Twin B").withDomains(DomainName.of("twin.example"))));
        String csv = "id,name,domain,industry\n,Twin,twin.example,IT\n" + first + ",Twin A,twin.example,IT\n"
                + "0190b2a4-0000-7000-8000-000000000000,Ghost,,IT\n";

        AccountImportReport report = importCsv(csv, AccountImportOptions.defaults()
                .duplicates(DuplicatePolicy.UPDATE));

        assertEveryRowCountedOnce(report);
        assertThat(report.updated()).isEqualTo(1);
        Map<Long, List<Violation>> rejected = rejectedByLine(report);
        assertThat(rejected.get(2L).get(0).field()).isEqualTo("domain");
        assertThat(rejected.get(2L).get(0).problem()).contains("matches 2 accounts").contains("id column");
        assertThat(rejected.get(4L).get(0).field()).isEqualTo("id");
        assertThat(rejected.get(4L).get(0).problem()).contains("no account");
        assertThat(accounts.get(first).profile().industry()).isEqualTo("IT");

        AccountImportReport create = importCsv(csv, AccountImportOptions.defaults()
                .duplicates(DuplicatePolicy.CREATE));
        assertThat(rejectedByLine(create).get(3L).get(0).problem()).contains("CREATE stores new accounts only");
    }

    @Test
    void parentsAreFoundByIdDomainOrNameIncludingEarlierRowsOfTheFile() {
        AccountId group = accounts.create(new CreateAccount(AccountProfile.named("Engines Group plc")
                .withDomains(DomainName.of("group.example"))));
        String csv = "name,domain,parent_id,parent_domain,parent_name\n"
                + "Engines UK,uk.example," + group + ",,\n"
                + "Engines Leeds,leeds.example,,uk.example,\n"
                + "Engines York,york.example,,,Engines UK Ltd\n"
                + "Orphan,orphan.example,,nowhere.example,\n";

        AccountImportReport report = importCsv(csv, AccountImportOptions.defaults().chunkSize(2));

        assertEveryRowCountedOnce(report);
        assertThat(report.stored()).isEqualTo(3);
        assertThat(report.parentsSet()).isEqualTo(3);
        AccountId uk = byDomain("uk.example").id();
        assertThat(byDomain("uk.example").parentId()).isEqualTo(group);
        assertThat(byDomain("leeds.example").parentId()).isEqualTo(uk);
        assertThat(byDomain("york.example").parentId()).isEqualTo(uk);
        assertThat(rejectedByLine(report).get(5L)).extracting(Violation::field).containsExactly("parent");
        assertThat(accounts.findByDomain(DomainName.of("orphan.example"))).isEmpty();
        assertThat(accounts.subtree(group)).hasSize(4);
    }

    @Test
    void aRowThatWouldMakeACycleIsRejectedAndNothingOfItIsStored() {
        AccountId top = accounts.create(new CreateAccount(AccountProfile.named("Top")
                .withDomains(DomainName.of("top.example"))));
        AccountId child = accounts.create(new CreateAccount(AccountProfile.named("Child")
                .withDomains(DomainName.of("child.example"))));
        accounts.move(MoveAccount.under(child, top));
        String csv = """
                name,domain,industry,parent_domain
                Top,top.example,Changed,child.example
                Other,other.example,IT,
                Self,self.example,IT,self.example
                """;

        AccountImportReport report = importCsv(csv, AccountImportOptions.defaults()
                .duplicates(DuplicatePolicy.UPDATE));

        assertEveryRowCountedOnce(report);
        Map<Long, List<Violation>> rejected = rejectedByLine(report);
        assertThat(rejected.get(2L).get(0).problem()).contains("cycle");
        assertThat(rejected.get(4L).get(0).field()).isEqualTo("parent");
        assertThat(accounts.get(top).profile().industry()).as("the rejected row changed nothing").isNull();
        assertThat(accounts.get(top).parentId()).isNull();
        assertThat(byDomain("other.example").profile().industry()).isEqualTo("IT");
    }

    @Test
    void aDryRunReportsWhatARealRunDoesAndStoresNothing() {
        accounts.create(new CreateAccount(AccountProfile.named("Stored").withDomains(DomainName.of("stored.example"))));
        StringBuilder csv = new StringBuilder("name,domain,parent_domain,employees\n");
        csv.append("Stored,stored.example,,\n");
        for (int i = 0; i < 25; i++) {
            csv.append("Company ").append(i).append(",c").append(i).append(".example,")
                    .append(i == 0 ? "" : "c0.example").append(',').append(i == 7 ? "none" : "12").append('\n');
        }
        csv.append("Again,c3.example,,\n");
        csv.append("Lost,lost.example,nowhere.example,\n");
        List<ImportProgress> progress = new ArrayList<>();
        AccountImportOptions options = AccountImportOptions.defaults().duplicates(DuplicatePolicy.UPDATE)
                .chunkSize(4).onProgress(progress::add);

        AccountImportReport dry = importCsv(csv.toString(), options.dryRun(true));
        assertThat(all()).hasSize(1);
        AccountImportReport real = importCsv(csv.toString(), options);

        assertThat(dry.dryRun()).isTrue();
        assertThat(List.of(dry.stored(), dry.updated(), (long) dry.skipped().size(), dry.parentsSet()))
                .isEqualTo(List.of(real.stored(), real.updated(), (long) real.skipped().size(), real.parentsSet()));
        assertThat(dry.rejected()).isEqualTo(real.rejected());
        assertThat(real.rejected()).extracting(RowRejection::line).containsExactly(10L, 29L);
        assertThat(real.stored()).isEqualTo(24);
        assertThat(real.updated()).isEqualTo(2);
        assertThat(real.parentsSet()).isEqualTo(23);
        assertThat(byDomain("c24.example").parentId()).isEqualTo(byDomain("c0.example").id());
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1).rowsRead()).isEqualTo(28);
    }

    @Test
    void rowsTheActorMayNotWriteAreRejectedAsValues() {
        Crm guarded = Crm.builder().persistence(store).clock(clock).accessPolicy(AccessPolicies.ownerOrManager())
                .build();
        accounts.create(new CreateAccount(AccountProfile.named("Theirs").withDomains(DomainName.of("theirs.example")),
                UserId.of("bob")));
        Accounts alice = guarded.session(TenantId.of("acme"), Actor.user("alice", Role.SALES_REP)).accounts();

        AccountImportReport report = importCsv(alice, """
                name,domain,owner
                Mine,mine.example,
                For Bob,bob.example,bob
                Theirs,theirs.example,
                """, AccountImportOptions.defaults().duplicates(DuplicatePolicy.UPDATE));

        assertEveryRowCountedOnce(report);
        assertThat(report.stored()).isEqualTo(1);
        assertThat(rejectedByLine(report).get(3L).get(0).field()).isEqualTo("owner");
        assertThat(rejectedByLine(report).get(4L).get(0).problem()).contains("may not change");
        assertThat(byDomain("mine.example").ownerId()).isEqualTo(UserId.of("alice"));
    }

    @Test
    void anExportEditedInASpreadsheetImportsBackAsUpdates() {
        AccountId group = accounts.create(new CreateAccount(AccountProfile.named("=Engines Group plc")
                .withDomains(DomainName.of("group.example"), DomainName.of("engines.example"))
                .withIndustry("Manufacturing").withSizeBand(SizeBand.LARGE)
                .withAnnualRevenue(Money.of("12000000.00", "GBP"))
                .withTaxIds(TaxId.of("VAT", "GB123456789"))
                .withAddresses(AccountAddress.of(AddressKind.BILLING,
                                new Address("1 Way\nFloor 2", "EC1", "London", null, CountryCode.of("GB"))),
                        AccountAddress.of(AddressKind.SHIPPING,
                                new Address(null, null, "Leeds", "West Yorkshire", CountryCode.of("GB"))),
                        AccountAddress.of(AddressKind.OTHER, new Address(null, null, "Oslo", null, CountryCode.of("NO"))))
                .withCustomFields(CustomFields.none().with("tier", new CustomValue.Text("gold"))
                        .with("since", new CustomValue.Date(java.time.LocalDate.parse("2019-04-01"))))
                .withTags(Tag.of("strategic")).withTeam("uk-north")));
        AccountId uk = accounts.create(new CreateAccount(AccountProfile.named("Engines UK")));
        accounts.move(MoveAccount.under(uk, group));
        AccountView before = accounts.get(group);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(accounts.exportCsv(AccountFilter.any(), out)).isEqualTo(2);
        String exported = out.toString(StandardCharsets.UTF_8);
        assertThat(exported.lines().findFirst().orElseThrow()).startsWith("id,legal_name,domain,other_domains")
                .contains("billing_city", "custom.since:date", "custom.tier:text");
        assertThat(exported).contains("'=Engines Group plc");

        AccountImportReport unchanged = importCsv(exported, AccountImportOptions.defaults()
                .duplicates(DuplicatePolicy.UPDATE));
        assertThat(unchanged.isClean()).isTrue();
        assertThat(unchanged.updated()).isEqualTo(2);
        assertThat(accounts.get(group).profile()).isEqualTo(before.profile());
        assertThat(accounts.get(group).version()).as("nothing changed, nothing written").isEqualTo(before.version());
        assertThat(accounts.get(uk).parentId()).isEqualTo(group);

        String edited = exported.replace("Manufacturing", "Engineering");
        importCsv(edited, AccountImportOptions.defaults().duplicates(DuplicatePolicy.UPDATE));
        assertThat(accounts.get(group).profile()).isEqualTo(before.profile().withIndustry("Engineering"));
    }

    @Test
    void theJsonExportCarriesWhatTheCsvCannot() throws Exception {
        AccountId id = accounts.create(new CreateAccount(AccountProfile.named("Engines")
                .withAddresses(AccountAddress.of(AddressKind.OTHER, new Address(null, null, "Oslo", null,
                        CountryCode.of("NO"))))
                .withAnnualRevenue(Money.of("250.00", "EUR"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(accounts.exportJson(AccountFilter.any().withText("engines"), out)).isEqualTo(1);

        JsonNode account = new ObjectMapper().readTree(out.toByteArray()).get(0);
        assertThat(account.get("id").asText()).isEqualTo(id.toString());
        assertThat(account.get("addresses").get(0).get("kind").asText()).isEqualTo("OTHER");
        assertThat(account.get("annual_revenue").get("amount").decimalValue())
                .isEqualByComparingTo("250.00");
        assertThat(account.get("annual_revenue").get("currency").asText()).isEqualTo("EUR");
        assertThat(account.get("compliance").get("kyc_status").asText()).isEqualTo("NOT_STARTED");
    }

    @Test
    void anExplicitMappingNamesTheColumnsAndMustMatchTheFile() {
        AccountImportReport report = importCsv("Firma,Netz\nBrot AG,brot.example\n", AccountImportOptions.defaults()
                .columns(Map.of("Firma", AccountField.LEGAL_NAME, "Netz", AccountField.DOMAIN)));
        assertThat(report.stored()).isEqualTo(1);
        assertThat(byDomain("brot.example").legalName()).isEqualTo("Brot AG");
        assertThatThrownBy(() -> importCsv("Firma\nX\n", AccountImportOptions.defaults()
                .columns(Map.of("Name", AccountField.LEGAL_NAME))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no column 'Name'");
    }
}
