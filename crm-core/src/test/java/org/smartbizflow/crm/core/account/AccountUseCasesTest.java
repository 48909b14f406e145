package org.smartbizflow.crm.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AccountEvent;
import org.smartbizflow.crm.account.AccountFilter;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.SizeBand;
import org.smartbizflow.crm.account.port.in.CreateAccount;
import org.smartbizflow.crm.account.port.in.SearchAccounts;
import org.smartbizflow.crm.account.port.in.UpdateAccount;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.shared.AccessDeniedException;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.EventEnvelope;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Violation;

class AccountUseCasesTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:15:30Z"), ZoneOffset.UTC);
    private final List<EventEnvelope> published = new ArrayList<>();
    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final Crm crm = Crm.builder().persistence(store).clock(clock).events(published::add)
            .accessPolicy(AccessPolicies.ownerOrManager()).build();
    private final TenantId acme = TenantId.of("acme");
    private final Actor rep = Actor.user("u-42", Role.SALES_REP);
    private final Actor otherRep = Actor.user("u-7", Role.SALES_REP);
    private final Actor manager = Actor.user("m-1", Role.SALES_MANAGER);

    private static AccountProfile engines() {
        return AccountProfile.named("Analytical Engines Ltd").withDomains(DomainName.of("engines.example"))
                .withIndustry("Manufacturing").withAnnualRevenue(Money.of("500000.00", "GBP"));
    }

    @Test
    void createStoresTheAccountForTheActingUserAuditsAndPublishes() {
        AccountId id = crm.session(acme, rep).accounts().create(new CreateAccount(engines()));

        AccountView account = crm.session(acme, rep).accounts().get(id);
        assertThat(account.legalName()).isEqualTo("Analytical Engines Ltd");
        assertThat(account.ownerId()).isEqualTo(UserId.of("u-42"));
        assertThat(account.createdAt()).isEqualTo(clock.instant());
        assertThat(published).singleElement().satisfies(e ->
                assertThat(e.event()).isInstanceOfSatisfying(AccountEvent.AccountCreated.class,
                        created -> assertThat(created.accountId()).isEqualTo(id)));
        assertThat(store.auditLog().history(acme, "Account", id.toString())).extracting(AuditEntry::field)
                .containsExactlyInAnyOrder("legalName", "domains", "industry", "annualRevenue", "owner");
    }

    @Test
    void anAccountCreatedUnderAParentIsPlacedAuditedAndPublishedAsMoved() {
        AccountId group = crm.session(acme, rep).accounts().create(new CreateAccount(engines()));
        published.clear();

        AccountId uk = crm.session(acme, rep).accounts().create(new CreateAccount(AccountProfile.named("Engines UK"))
                .under(group));

        assertThat(crm.session(acme, rep).accounts().get(uk).parentId()).isEqualTo(group);
        assertThat(crm.session(acme, rep).accounts().subtree(group)).extracting(node -> node.id())
                .containsExactly(group, uk);
        assertThat(published).extracting(e -> e.event().getClass().getSimpleName())
                .containsExactly("AccountCreated", "AccountMoved");
        assertThat(store.auditLog().history(acme, "Account", uk.toString())).extracting(AuditEntry::field)
                .contains("parent");
        assertThatThrownBy(() -> crm.session(acme, rep).accounts().create(new CreateAccount(engines())
                .under(AccountId.of(java.util.UUID.randomUUID()))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("parentId");
        assertThatThrownBy(() -> crm.session(acme, otherRep).accounts().create(new CreateAccount(engines())
                .under(group))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void updateRecordsOneAuditEntryPerChangedFieldAndAdvancesTheVersion() {
        AccountId id = crm.session(acme, rep).accounts().create(new CreateAccount(engines()));
        AccountProfile changed = engines().withSizeBand(SizeBand.LARGE)
                .withCustomFields(CustomFields.none().with("tier", CustomValue.text("gold")));

        AccountView updated = crm.session(acme, rep).accounts().update(new UpdateAccount(id, changed)
                .ownedBy(UserId.of("u-9")).expectingVersion(0));

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated).isEqualTo(crm.session(acme, manager).accounts().get(id));
        assertThat(store.auditLog().history(acme, "Account", id.toString()))
                .extracting(AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple("sizeBand", null, "LARGE"),
                        org.assertj.core.groups.Tuple.tuple("custom.tier", null, "gold"),
                        org.assertj.core.groups.Tuple.tuple("owner", "u-42", "u-9"));
        assertThat(published).extracting(e -> e.event().getClass().getSimpleName())
                .containsExactly("AccountCreated", "AccountProfileChanged", "AccountOwnerChanged");
    }

    @Test
    void anUnchangedProfileWritesNothing() {
        AccountId id = crm.session(acme, rep).accounts().create(new CreateAccount(engines()));

        AccountView same = crm.session(acme, rep).accounts().update(new UpdateAccount(id, engines()));

        assertThat(same.version()).isZero();
        assertThat(published).hasSize(1);
    }

    @Test
    void aStaleVersionIsRefused() {
        AccountId id = crm.session(acme, rep).accounts().create(new CreateAccount(engines()));
        crm.session(acme, rep).accounts().update(new UpdateAccount(id, engines().withIndustry("Retail")));

        assertThatThrownBy(() -> crm.session(acme, rep).accounts().update(
                new UpdateAccount(id, engines().withIndustry("Aerospace")).expectingVersion(0)))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(crm.session(acme, rep).accounts().get(id).profile().industry()).isEqualTo("Retail");
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> crm.session(acme, rep).accounts().create(new CreateAccount(null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::field)
                        .containsExactly("profile"));
        assertThatThrownBy(() -> AccountProfile.named("X").withAnnualRevenue(Money.of("-1.00", "EUR")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("annualRevenue");
        assertThatThrownBy(() -> DomainName.of("not a domain"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("domain");
    }

    @Test
    void repsSeeAndChangeOnlyTheirOwnAccounts() {
        AccountId mine = crm.session(acme, rep).accounts().create(new CreateAccount(engines()));
        crm.session(acme, otherRep).accounts().create(new CreateAccount(AccountProfile.named("Other Co")));

        assertThat(crm.session(acme, rep).accounts().search(SearchAccounts.firstPage(AccountFilter.any())).items())
                .extracting(AccountView::id).containsExactly(mine);
        assertThat(crm.session(acme, manager).accounts().count(SearchAccounts.firstPage(AccountFilter.any())))
                .isEqualTo(2);
        assertThatThrownBy(() -> crm.session(acme, otherRep).accounts().get(mine))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crm.session(acme, otherRep).accounts().update(new UpdateAccount(mine, engines())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(crm.session(acme, otherRep).accounts().findByDomain(DomainName.of("engines.example"))).isEmpty();
        assertThat(crm.session(acme, rep).accounts().findByName("analytical engines limited"))
                .extracting(AccountView::id).containsExactly(mine);
        assertThatThrownBy(() -> crm.session(TenantId.of("other"), manager).accounts().get(mine))
                .isInstanceOf(NotFoundException.class);
    }
}
