package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.Account;
import org.smartbizflow.crm.account.AccountFilter;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountNames;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.SizeBand;
import org.smartbizflow.crm.account.port.out.AccountRepository;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * What every {@link AccountRepository} must do, whatever the storage. Subclass it per adapter
 * and return the adapter from {@link #persistence()}; every test works in a tenant of its
 * own, so one store may serve all tests.
 */
public abstract class AccountRepositoryContract {

    /** The store under test; called once before each test. */
    protected abstract CrmPersistence persistence();

    private CrmPersistence store;
    protected TenantId tenant;

    @BeforeEach
    void openStore() {
        store = persistence();
        tenant = LeadFixtures.freshTenant();
    }

    protected <T> T tx(Supplier<T> work) {
        return store.transactions().inTransaction(work);
    }

    protected void txRun(Runnable work) {
        store.transactions().inTransaction(work);
    }

    protected AccountRepository accounts() {
        return store.accounts();
    }

    private Optional<Account> find(TenantId tenantId, AccountId id) {
        return tx(() -> accounts().find(tenantId, id));
    }

    protected void insert(Account... accounts) {
        txRun(() -> {
            for (Account account : accounts) {
                accounts().insert(account);
            }
        });
    }

    @Test
    void storesAndLoadsEveryField() {
        Account account = AccountFixtures.account(tenant);
        insert(account);

        AccountView loaded = find(tenant, account.id()).orElseThrow().view();

        assertThat(loaded).isEqualTo(account.view());
        assertThat(loaded.profile().domains()).extracting(DomainName::value)
                .containsExactly("engines.example", "analytical-engines.example");
        assertThat(loaded.profile().annualRevenue()).isEqualTo(Money.of("1250000.50", "GBP"));
        assertThat(loaded.profile().customFields().get("seats")).contains(CustomValue.number("250.5"));
        assertThat(loaded.createdAt()).isEqualTo(AccountFixtures.BASE_TIME);
    }

    @Test
    void storesAndLoadsAnAccountWithOnlyItsName() {
        Account account = AccountFixtures.bareAccount(tenant, "Cobol Works");
        insert(account);

        assertThat(find(tenant, account.id()).orElseThrow().view()).isEqualTo(account.view());
    }

    @Test
    void findsNothingForAnUnknownIdOrAnotherTenant() {
        Account account = AccountFixtures.account(tenant);
        insert(account);

        assertThat(find(tenant, AccountFixtures.nextAccountId())).isEmpty();
        assertThat(find(LeadFixtures.freshTenant(), account.id())).isEmpty();
    }

    @Test
    void updateReplacesEveryCollectionAndAdvancesTheVersion() {
        Account account = AccountFixtures.account(tenant);
        insert(account);
        AccountProfile changed = AccountProfile.named("Analytical Engines plc")
                .withDomains(DomainName.of("engines.example"))
                .withSizeBand(SizeBand.LARGE)
                .withCustomFields(CustomFields.none().with("tier", CustomValue.text("platinum")))
                .withTags(Tag.of("vip"));
        Instant later = AccountFixtures.BASE_TIME.plusSeconds(3600);

        txRun(() -> {
            Account working = accounts().find(tenant, account.id()).orElseThrow();
            working.updateProfile(changed, UserId.of("u-1"), later);
            working.assignTo(UserId.of("owner-9"), UserId.of("u-1"), later);
            accounts().update(working);
        });

        AccountView loaded = find(tenant, account.id()).orElseThrow().view();
        assertThat(loaded.profile()).isEqualTo(changed);
        assertThat(loaded.ownerId()).isEqualTo(UserId.of("owner-9"));
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded.updatedAt()).isEqualTo(later);
        assertThat(loaded.createdAt()).isEqualTo(AccountFixtures.BASE_TIME);
    }

    @Test
    void updateWithAStaleVersionIsRefusedAndWritesNothing() {
        Account account = AccountFixtures.account(tenant);
        insert(account);
        Account first = find(tenant, account.id()).orElseThrow();
        Account second = find(tenant, account.id()).orElseThrow();
        first.updateProfile(first.profile().withIndustry("Aerospace"), UserId.of("u-1"), AccountFixtures.BASE_TIME);
        txRun(() -> accounts().update(first));

        second.updateProfile(second.profile().withIndustry("Retail"), UserId.of("u-2"), AccountFixtures.BASE_TIME);
        assertThatThrownBy(() -> txRun(() -> accounts().update(second)))
                .isInstanceOf(ConcurrencyConflictException.class);

        assertThat(find(tenant, account.id()).orElseThrow().profile().industry()).isEqualTo("Aerospace");
    }

    @Test
    void updateOfAnUnknownAccountIsNotFound() {
        Account account = AccountFixtures.account(tenant);
        assertThatThrownBy(() -> txRun(() -> accounts().update(account))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void findsByDomainAndByNormalisedName() {
        Account engines = AccountFixtures.account(tenant, "Analytical Engines Ltd.");
        Account other = AccountFixtures.bareAccount(tenant, "Analytical Engines Limited");
        Account unrelated = AccountFixtures.bareAccount(tenant, "Cobol Works");
        insert(engines, other, unrelated);
        insert(AccountFixtures.account(LeadFixtures.freshTenant(), "Analytical Engines"));

        assertThat(tx(() -> accounts().findByDomain(tenant, DomainName.of("WWW.Engines.Example"))))
                .extracting(AccountView::id).containsExactly(engines.id());
        assertThat(tx(() -> accounts().findByDomain(tenant, DomainName.of("nobody.example")))).isEmpty();
        assertThat(tx(() -> accounts().findByNormalisedName(tenant, AccountNames.normalise("analytical engines"))))
                .extracting(AccountView::id).containsExactly(engines.id(), other.id());
    }

    @Test
    void findsByManyDomainsAndNamesInOneLookUp() {
        Account engines = AccountFixtures.account(tenant, "Analytical Engines Ltd.");
        Account other = AccountFixtures.bareAccount(tenant, "Analytical Engines Limited");
        Account cobol = AccountFixtures.bareAccount(tenant, "Cobol Works");
        Account unrelated = AccountFixtures.bareAccount(tenant, "Difference Engines");
        insert(engines, other, cobol, unrelated);
        insert(AccountFixtures.account(LeadFixtures.freshTenant(), "Cobol Works"));

        // engines matches by domain and by name, and comes back once
        assertThat(tx(() -> accounts().findByDomainsOrNormalisedNames(tenant,
                List.of(DomainName.of("engines.example"), DomainName.of("nobody.example")),
                List.of(AccountNames.normalise("Analytical Engines"), AccountNames.normalise("cobol works")))))
                .extracting(AccountView::id).containsExactly(engines.id(), other.id(), cobol.id());
        assertThat(tx(() -> accounts().findByDomainsOrNormalisedNames(tenant,
                List.of(DomainName.of("WWW.Analytical-Engines.Example")), List.of())))
                .extracting(AccountView::id).containsExactly(engines.id());
        assertThat(tx(() -> accounts().findByDomainsOrNormalisedNames(tenant, List.of(),
                List.of(AccountNames.normalise("Cobol Works")))))
                .extracting(AccountView::id).containsExactly(cobol.id());
        assertThat(tx(() -> accounts().findByDomainsOrNormalisedNames(tenant, List.of(), List.of()))).isEmpty();
    }

    @Test
    void findsByManyDomainsAndNamesBeyondOneQuerySlice() {
        List<Account> named = new ArrayList<>();
        List<DomainName> domains = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            Account account = AccountFixtures.bareAccount(tenant, "Bulk Works " + i);
            if (i % 2 == 0) {
                account = Account.create(AccountFixtures.nextAccountId(), tenant, AccountFixtures.OWNER,
                        AccountProfile.named("Bulk Works " + i).withDomains(DomainName.of("bulk" + i + ".example")),
                        AccountFixtures.OWNER, AccountFixtures.BASE_TIME);
                domains.add(DomainName.of("bulk" + i + ".example"));
            } else {
                names.add(AccountNames.normalise("Bulk Works " + i));
            }
            named.add(account);
        }
        insert(named.toArray(Account[]::new));
        for (int i = 0; i < 300; i++) {
            domains.add(DomainName.of("missing" + i + ".example"));
        }

        assertThat(tx(() -> accounts().findByDomainsOrNormalisedNames(tenant, domains, names)))
                .extracting(AccountView::id).containsExactlyElementsOf(named.stream().map(Account::id).toList());
    }

    @Test
    void searchFiltersAndCounts() {
        Account gold = AccountFixtures.account(tenant, "Gold Ltd");
        Account plain = AccountFixtures.bareAccount(tenant, "Plain Ltd");
        Account retail = AccountFixtures.bareAccount(tenant, "Shop & Co");
        retail.updateProfile(retail.profile().withIndustry("Retail").withSizeBand(SizeBand.SMALL)
                .withTags(Tag.of("vip")), AccountFixtures.OWNER, AccountFixtures.BASE_TIME);
        insert(gold, plain, retail);

        assertThat(search(AccountFilter.any())).containsExactly(gold.id(), plain.id(), retail.id());
        assertThat(search(AccountFilter.any().withIndustries("retail"))).containsExactly(retail.id());
        assertThat(search(AccountFilter.any().withSizeBands(SizeBand.MEDIUM, SizeBand.SMALL)))
                .containsExactly(gold.id(), retail.id());
        assertThat(search(AccountFilter.any().withTags(Tag.of("vip")))).containsExactly(gold.id(), retail.id());
        assertThat(search(AccountFilter.any().withTags(Tag.of("vip"), Tag.of("trade-show-2026"))))
                .containsExactly(gold.id());
        assertThat(search(AccountFilter.any().withOwners(UserId.of("owner-2")))).containsExactly(plain.id(),
                retail.id());
        assertThat(search(AccountFilter.any().withText("PLAIN"))).containsExactly(plain.id());
        assertThat(search(AccountFilter.any().withText("engines.ex"))).containsExactly(gold.id());
        assertThat(search(AccountFilter.any().withText("100%"))).isEmpty();
        assertThat(tx(() -> accounts().count(tenant, AccountFilter.any().withTags(Tag.of("vip"))))).isEqualTo(2);
        assertThat(tx(() -> accounts().count(LeadFixtures.freshTenant(), AccountFilter.any()))).isZero();
    }

    @Test
    void searchPagesByKeysetWithoutRepeatsOrGaps() {
        List<AccountId> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Account account = AccountFixtures.bareAccount(tenant, "Account " + i);
            insert(account);
            ids.add(account.id());
        }
        List<AccountId> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        while (true) {
            PageRequest current = request;
            Page<AccountView> page = tx(() -> accounts().search(tenant, AccountFilter.any(), current));
            page.items().forEach(a -> seen.add(a.id()));
            if (!page.hasNext()) {
                break;
            }
            request = request.next(page.next());
        }
        assertThat(seen).containsExactlyElementsOf(ids);
    }

    /**
     * A filtered page holds each account with its own child rows, also when accounts the filter
     * leaves out lie between the page's first and last id.
     */
    @Test
    void filteredPagesCarryEachAccountsOwnChildRows() {
        List<AccountId> selected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            AccountProfile profile = AccountFixtures.fullProfile("Account " + i)
                    .withDomains(DomainName.of("account-" + i + ".example"))
                    .withIndustry(i % 2 == 0 ? "Manufacturing" : "Retail")
                    .withTags(Tag.of("t" + i));
            Account account = Account.create(AccountFixtures.nextAccountId(), tenant, AccountFixtures.OWNER, profile,
                    AccountFixtures.OWNER, AccountFixtures.BASE_TIME);
            insert(account);
            if (i % 2 == 0) {
                selected.add(account.id());
            }
        }
        List<AccountView> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        while (true) {
            PageRequest current = request;
            Page<AccountView> page = tx(() -> accounts().search(tenant,
                    AccountFilter.any().withIndustries("Manufacturing"), current));
            seen.addAll(page.items());
            if (!page.hasNext()) {
                break;
            }
            request = request.next(page.next());
        }
        assertThat(seen).extracting(AccountView::id).containsExactlyElementsOf(selected);
        for (AccountView view : seen) {
            assertThat(view).usingRecursiveComparison().isEqualTo(find(tenant, view.id()).orElseThrow().view());
        }
    }

    /**
     * The custom field keys a filtered selection uses, each with its type on the first account
     * (in id order) that holds it, also when later accounts store the key with another type.
     */
    @Test
    void customFieldTypesAreThoseOfTheSelectionsFirstHolder() {
        List<Map<String, CustomValue>> fields = List.of(
                Map.of("tier", CustomValue.text("gold")),
                Map.of("seats", CustomValue.number("12"), "tier", CustomValue.number("2")),
                Map.of("renewal", CustomValue.date(java.time.LocalDate.of(2027, 1, 31))),
                Map.of("tier", CustomValue.bool(true), "strategic", CustomValue.bool(true)));
        for (int i = 0; i < fields.size(); i++) {
            AccountProfile profile = AccountProfile.named("Typed " + i)
                    .withIndustry(i == 2 ? "Retail" : "Manufacturing")
                    .withCustomFields(CustomFields.of(fields.get(i)));
            insert(Account.create(AccountFixtures.nextAccountId(), tenant, AccountFixtures.OWNER, profile,
                    AccountFixtures.OWNER, AccountFixtures.BASE_TIME));
        }
        insert(AccountFixtures.bareAccount(LeadFixtures.freshTenant(), "Elsewhere"));

        assertThat(tx(() -> accounts().customFieldTypes(tenant, AccountFilter.any().withIndustries("Manufacturing"))))
                .containsExactly(Map.entry("seats", CustomValue.Type.NUMBER),
                        Map.entry("strategic", CustomValue.Type.BOOLEAN), Map.entry("tier", CustomValue.Type.TEXT));
        assertThat(tx(() -> accounts().customFieldTypes(tenant, AccountFilter.any()))).containsOnlyKeys("renewal",
                "seats", "strategic", "tier").containsEntry("renewal", CustomValue.Type.DATE);
        assertThat(tx(() -> accounts().customFieldTypes(tenant, AccountFilter.any().withIndustries("Mining"))))
                .isEmpty();
    }

    @Test
    void customFieldsKeepTheirTypes() {
        Account account = AccountFixtures.bareAccount(tenant, "Typed Ltd");
        account.updateProfile(account.profile().withCustomFields(CustomFields.of(Map.of(
                "n", CustomValue.number("10.00"), "t", CustomValue.text("10.00"), "b", CustomValue.bool(false)))),
                AccountFixtures.OWNER, AccountFixtures.BASE_TIME);
        insert(account);

        CustomFields loaded = find(tenant, account.id()).orElseThrow().profile().customFields();
        assertThat(loaded.get("n")).contains(CustomValue.number("10"));
        assertThat(loaded.get("t")).contains(CustomValue.text("10.00"));
        assertThat(loaded.get("b")).contains(CustomValue.bool(false));
    }

    private Account child(String name, Account parent, String revenue) {
        Account account = AccountFixtures.bareAccount(tenant, name);
        if (parent != null) {
            account.moveUnder(parent.id(), AccountFixtures.OWNER, AccountFixtures.BASE_TIME);
        }
        if (revenue != null) {
            String[] parts = revenue.split(" ");
            account.updateProfile(account.profile().withAnnualRevenue(Money.of(parts[0], parts[1])),
                    AccountFixtures.OWNER, AccountFixtures.BASE_TIME);
        }
        insert(account);
        return account;
    }

    @Test
    void hierarchyQueriesWalkAnyDepthInTheStore() {
        Account top = child("Top Holding", null, "100.00 EUR");
        Account middle = child("Middle GmbH", top, "50.50 EUR");
        Account leaf = child("Leaf Ltd", middle, "7.00 GBP");
        Account side = child("Side SA", top, null);
        Account deep = leaf;
        for (int i = 0; i < 12; i++) {
            deep = child("Deep " + i, deep, "1.00 EUR");
        }
        child("Elsewhere", null, "999.00 EUR");

        assertThat(tx(() -> accounts().ancestors(tenant, leaf.id())))
                .extracting(n -> n.id(), n -> n.depth())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(middle.id(), 1),
                        org.assertj.core.groups.Tuple.tuple(top.id(), 2));
        assertThat(tx(() -> accounts().ancestors(tenant, top.id()))).isEmpty();
        List<org.smartbizflow.crm.account.AccountNode> tree = tx(() -> accounts().subtree(tenant, top.id()));
        assertThat(tree).hasSize(16);
        assertThat(tree.subList(0, 4)).extracting(n -> n.id(), n -> n.depth(), n -> n.parentId())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(top.id(), 0, null),
                        org.assertj.core.groups.Tuple.tuple(middle.id(), 1, top.id()),
                        org.assertj.core.groups.Tuple.tuple(side.id(), 1, top.id()),
                        org.assertj.core.groups.Tuple.tuple(leaf.id(), 2, middle.id()));
        assertThat(tree.get(15).depth()).isEqualTo(14);
        assertThat(tree.get(3).legalName()).isEqualTo("Leaf Ltd");

        org.smartbizflow.crm.account.HierarchyRollup rollup = tx(() -> accounts().rollup(tenant, top.id()));
        assertThat(rollup.accounts()).isEqualTo(16);
        assertThat(rollup.depth()).isEqualTo(14);
        assertThat(rollup.annualRevenue()).containsExactly(Money.of("162.50", "EUR"), Money.of("7.00", "GBP"));
        assertThat(tx(() -> accounts().rollup(tenant, side.id())))
                .isEqualTo(new org.smartbizflow.crm.account.HierarchyRollup(side.id(), 1, 0, List.of(), List.of(),
                        List.of(), 0));
        assertThat(tx(() -> accounts().subtree(LeadFixtures.freshTenant(), top.id()))).isEmpty();
        assertThatThrownBy(() -> tx(() -> accounts().rollup(LeadFixtures.freshTenant(), top.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void hierarchyQueriesSeeMovesMadeEarlierInTheSameTransaction() {
        Account a = child("A", null, null);
        Account b = child("B", null, null);

        List<org.smartbizflow.crm.account.AccountNode> ancestors = tx(() -> {
            Account working = accounts().find(tenant, b.id()).orElseThrow();
            working.moveUnder(a.id(), AccountFixtures.OWNER, AccountFixtures.BASE_TIME);
            accounts().update(working);
            accounts().lockForHierarchyChange(tenant, List.of(a.id(), b.id(), AccountFixtures.nextAccountId()));
            return accounts().ancestors(tenant, b.id());
        });

        assertThat(ancestors).extracting(n -> n.id()).containsExactly(a.id());
    }

    @Test
    void accountsDueForReviewComeSoonestFirstInPages() {
        java.time.LocalDate day = java.time.LocalDate.of(2027, 3, 31);
        List<AccountId> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Account account = AccountFixtures.bareAccount(tenant, "Due " + i);
            account.recordKyc(org.smartbizflow.crm.account.KycStatus.VERIFIED, day.minusYears(1),
                    day.minusDays(i % 3), List.of(new org.smartbizflow.crm.account.DocumentReference("passport",
                            "dms://doc/" + i, day.minusYears(2), null)), AccountFixtures.OWNER,
                    AccountFixtures.BASE_TIME);
            insert(account);
            expected.add(account.id());
        }
        Account later = AccountFixtures.bareAccount(tenant, "Later");
        later.recordKyc(org.smartbizflow.crm.account.KycStatus.PENDING, null, day.plusDays(1), List.of(),
                AccountFixtures.OWNER, AccountFixtures.BASE_TIME);
        insert(later, AccountFixtures.bareAccount(tenant, "Never"));

        List<AccountId> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        while (true) {
            PageRequest current = request;
            Page<AccountView> page = tx(() -> accounts().dueForReview(tenant, day, current));
            page.items().forEach(a -> seen.add(a.id()));
            if (!page.hasNext()) {
                break;
            }
            request = request.next(page.next());
        }
        // due days: 0 -> day, 1 -> day-1, 2 -> day-2, 3 -> day, 4 -> day-1
        assertThat(seen).containsExactly(expected.get(2), expected.get(1), expected.get(4), expected.get(0),
                expected.get(3));
        AccountView loaded = find(tenant, expected.get(0)).orElseThrow().view();
        assertThat(loaded.compliance().documents()).singleElement()
                .satisfies(d -> assertThat(d.reference()).isEqualTo("dms://doc/0"));
    }

    @Test
    void screeningFlagsAndTerritoryAreStored() {
        Account account = AccountFixtures.account(tenant);
        org.smartbizflow.crm.account.TerritoryId territory = org.smartbizflow.crm.account.TerritoryId.of(
                LeadFixtures.nextId());
        account.assignTerritory(territory, AccountFixtures.OWNER, AccountFixtures.BASE_TIME);
        account.recordScreening(List.of(new org.smartbizflow.crm.account.ScreeningFlag(
                        org.smartbizflow.crm.account.ScreeningFlag.Kind.WATCH_LIST, "OFAC-SDN", "Analytical Engines",
                        "sdn-123"),
                new org.smartbizflow.crm.account.ScreeningFlag(
                        org.smartbizflow.crm.account.ScreeningFlag.Kind.POLITICALLY_EXPOSED, "PEP", "A. Lovelace",
                        null)), AccountFixtures.OWNER, AccountFixtures.BASE_TIME.plusSeconds(5));
        insert(account);

        assertThat(find(tenant, account.id()).orElseThrow().view()).isEqualTo(account.view());
    }

    @Test
    void countsAccountsAndRevenuePerTerritoryInTheStore() {
        org.smartbizflow.crm.account.TerritoryId north = org.smartbizflow.crm.account.TerritoryId.of(
                LeadFixtures.nextId());
        Account a = AccountFixtures.bareAccount(tenant, "A");
        a.assignTerritory(north, AccountFixtures.OWNER, AccountFixtures.BASE_TIME);
        a.updateProfile(a.profile().withAnnualRevenue(Money.of("10.00", "EUR")), AccountFixtures.OWNER,
                AccountFixtures.BASE_TIME);
        Account b = AccountFixtures.bareAccount(tenant, "B");
        b.assignTerritory(north, AccountFixtures.OWNER, AccountFixtures.BASE_TIME);
        b.updateProfile(b.profile().withAnnualRevenue(Money.of("5.25", "EUR")), AccountFixtures.OWNER,
                AccountFixtures.BASE_TIME);
        Account c = AccountFixtures.bareAccount(tenant, "C");
        c.assignTerritory(north, AccountFixtures.OWNER, AccountFixtures.BASE_TIME);
        c.updateProfile(c.profile().withAnnualRevenue(Money.of("3", "JPY")), AccountFixtures.OWNER,
                AccountFixtures.BASE_TIME);
        insert(a, b, c, AccountFixtures.bareAccount(tenant, "Nowhere"));

        assertThat(tx(() -> accounts().countByTerritory(tenant))).containsExactlyInAnyOrder(
                new org.smartbizflow.crm.account.TerritoryCount(north, 3,
                        List.of(Money.of("15.25", "EUR"), Money.of("3", "JPY"))),
                new org.smartbizflow.crm.account.TerritoryCount(null, 1, List.of()));
    }

    protected List<AccountId> search(AccountFilter filter) {
        return tx(() -> accounts().search(tenant, filter, PageRequest.first(100))).items().stream()
                .map(AccountView::id).toList();
    }
}
