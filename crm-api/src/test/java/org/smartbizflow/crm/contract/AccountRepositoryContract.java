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

    protected List<AccountId> search(AccountFilter filter) {
        return tx(() -> accounts().search(tenant, filter, PageRequest.first(100))).items().stream()
                .map(AccountView::id).toList();
    }
}
