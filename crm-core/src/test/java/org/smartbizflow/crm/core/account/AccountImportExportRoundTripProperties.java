package org.smartbizflow.crm.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.smartbizflow.crm.account.AccountAddress;
import org.smartbizflow.crm.account.AccountFilter;
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
import org.smartbizflow.crm.account.port.in.SearchAccounts;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.Address;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.port.in.DuplicatePolicy;

/**
 * Whatever accounts hold in the columns of the CSV export (names with formula characters,
 * quotes and line breaks, several domains, revenue in currencies with and without decimals,
 * tax ids, one address of each kind, typed custom fields, tags), exporting them and importing
 * the file gives the same profiles back: into another CRM as new accounts, and into the same
 * one as updates that change nothing.
 */
class AccountImportExportRoundTripProperties {

    /** The profile parts beyond the eight a combinator takes. */
    private record Rest(String team, CustomFields custom, Set<Tag> tags) {
    }

    @Provide
    Arbitrary<AccountProfile> profiles() {
        Arbitrary<String> text = Arbitraries.strings().withChars("abcXYZ äöüßéø,;\"'=+-@\t|\n")
                .ofMinLength(1).ofMaxLength(30).map(String::strip).filter(s -> !s.isEmpty());
        Arbitrary<List<DomainName>> domains = Arbitraries.strings().withChars("abcxyz019").ofMinLength(1)
                .ofMaxLength(8).map(s -> DomainName.of(s + ".example")).list().uniqueElements().ofMaxSize(3);
        Arbitrary<Money> revenue = Combinators.combine(Arbitraries.longs().between(0, 9_999_999_999L),
                        Arbitraries.of("GBP", "EUR", "JPY", "CHF"))
                .as((cents, code) -> code.equals("JPY") ? Money.of(BigDecimal.valueOf(cents), code)
                        : Money.of(BigDecimal.valueOf(cents, 2), code))
                .injectNull(0.3);
        Arbitrary<String> taxValue = Arbitraries.strings().withChars("ABC0123456789").ofMinLength(1).ofMaxLength(12)
                .injectNull(0.5);
        Arbitrary<List<TaxId>> taxIds = Combinators.combine(taxValue, taxValue, taxValue).as((vat, ein, crn) -> {
            List<TaxId> ids = new ArrayList<>();
            if (vat != null) {
                ids.add(TaxId.of("VAT", vat));
            }
            if (ein != null) {
                ids.add(TaxId.of("EIN", ein));
            }
            if (crn != null) {
                ids.add(TaxId.of("CRN", crn));
            }
            return ids;
        });
        Arbitrary<Address> address = Combinators.combine(text.injectNull(0.3), text.injectNull(0.5),
                        text.injectNull(0.3), text.injectNull(0.5), Arbitraries.of("GB", "DE", "CH", "US"))
                .as((street, postal, city, region, country) -> new Address(street, postal, city, region,
                        CountryCode.of(country)));
        // one address of each kind at most, in the order the import writes them
        Arbitrary<List<AccountAddress>> addresses = Combinators.combine(address.injectNull(0.5),
                address.injectNull(0.5), address.injectNull(0.5)).as((billing, shipping, registered) -> {
                    List<AccountAddress> list = new ArrayList<>();
                    if (billing != null) {
                        list.add(AccountAddress.of(AddressKind.BILLING, billing));
                    }
                    if (shipping != null) {
                        list.add(AccountAddress.of(AddressKind.SHIPPING, shipping));
                    }
                    if (registered != null) {
                        list.add(AccountAddress.of(AddressKind.REGISTERED, registered));
                    }
                    return list;
                });
        Arbitrary<CustomFields> custom = Combinators.combine(text.injectNull(0.4),
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(1000)).ofScale(2)
                        .injectNull(0.4),
                Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2020, 1, 1).plusDays(d)).injectNull(0.4),
                Arbitraries.of(true, false).injectNull(0.4))
                .as((tier, score, since, active) -> {
                    CustomFields fields = CustomFields.none();
                    fields = tier == null ? fields : fields.with("tier", new CustomValue.Text(tier));
                    fields = score == null ? fields : fields.with("score", new CustomValue.Number(score));
                    fields = since == null ? fields : fields.with("since", new CustomValue.Date(since));
                    return active == null ? fields : fields.with("active", new CustomValue.Bool(active));
                });
        Arbitrary<Set<Tag>> tags = Arbitraries.strings().withChars("abcXYZ-_ äé;").ofMinLength(1)
                .ofMaxLength(12).filter(t -> !t.isBlank()).map(Tag::of).set().ofMaxSize(4);
        Arbitrary<SizeBand> band = Arbitraries.of(SizeBand.class).injectNull(0.3);
        return Combinators.combine(text, domains, text.injectNull(0.3), band, revenue, addresses, taxIds,
                        Combinators.combine(text.injectNull(0.5), custom, tags).as(Rest::new))
                .as((name, domainList, industry, size, money, addressList, taxList, rest) -> new AccountProfile(name,
                        domainList, industry, size, money, addressList, taxList, rest.team(), rest.custom(),
                        rest.tags()));
    }

    @Provide
    Arbitrary<List<AccountProfile>> list() {
        return profiles().list().ofMaxSize(10);
    }

    /** Maps every exported column except the ids, so the file imports into another CRM as new accounts. */
    private static AccountImportOptions withoutIds() {
        Map<String, AccountField> columns = new java.util.HashMap<>();
        for (AccountField field : AccountField.values()) {
            if (field != AccountField.ID && field != AccountField.PARENT_ID && field != AccountField.EMPLOYEES
                    && field != AccountField.PARENT_DOMAIN && field != AccountField.PARENT_NAME) {
                columns.put(field.columnName(), field);
            }
        }
        return AccountImportOptions.defaults().columns(columns);
    }

    @Property(tries = 60)
    void exportThenImportIntoAnotherCrmGivesTheSameAccounts(@ForAll("list") List<AccountProfile> profiles) {
        Accounts source = Crm.inMemory().session(TenantId.of("a"), Actor.system()).accounts();
        profiles.forEach(p -> source.create(new CreateAccount(p)));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        source.exportCsv(AccountFilter.any(), csv);

        Accounts target = Crm.inMemory().session(TenantId.of("b"), Actor.system()).accounts();
        AccountImportReport report = target.importCsv(new ByteArrayInputStream(csv.toByteArray()),
                withoutIds().duplicates(DuplicatePolicy.CREATE).chunkSize(5));

        assertThat(report.rejected()).isEmpty();
        assertThat(report.stored()).isEqualTo(profiles.size());
        assertThat(profilesOf(target)).containsExactlyElementsOf(profilesOf(source));
    }

    @Property(tries = 40)
    void reimportingAnExportWithUpdateChangesNothing(@ForAll("list") List<AccountProfile> profiles) {
        Accounts accounts = Crm.inMemory().session(TenantId.of("a"), Actor.system()).accounts();
        profiles.forEach(p -> accounts.create(new CreateAccount(p)));
        List<AccountView> before = all(accounts);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        accounts.exportCsv(AccountFilter.any(), csv);

        AccountImportReport report = accounts.importCsv(new ByteArrayInputStream(csv.toByteArray()),
                AccountImportOptions.defaults().duplicates(DuplicatePolicy.UPDATE).chunkSize(3));

        assertThat(report.rejected()).isEmpty();
        assertThat(report.updated()).isEqualTo(profiles.size());
        assertThat(all(accounts)).isEqualTo(before);
    }

    private static List<AccountView> all(Accounts accounts) {
        return accounts.search(new SearchAccounts(AccountFilter.any(), PageRequest.first(1000))).items();
    }

    private static List<AccountProfile> profilesOf(Accounts accounts) {
        return all(accounts).stream().map(AccountView::profile).toList();
    }

}
