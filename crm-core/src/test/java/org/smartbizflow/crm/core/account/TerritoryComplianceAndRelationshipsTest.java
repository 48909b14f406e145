package org.smartbizflow.crm.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AccountAddress;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.AddressKind;
import org.smartbizflow.crm.account.AssignmentRule;
import org.smartbizflow.crm.account.DocumentReference;
import org.smartbizflow.crm.account.KycStatus;
import org.smartbizflow.crm.account.MoveResult;
import org.smartbizflow.crm.account.RelationshipGraph;
import org.smartbizflow.crm.account.RelationshipType;
import org.smartbizflow.crm.account.RuleCondition;
import org.smartbizflow.crm.account.RuleCondition.Operator;
import org.smartbizflow.crm.account.ScreeningFlag;
import org.smartbizflow.crm.account.TerritoryCount;
import org.smartbizflow.crm.account.TerritoryId;
import org.smartbizflow.crm.account.port.in.Accounts;
import org.smartbizflow.crm.account.port.in.CreateAccount;
import org.smartbizflow.crm.account.port.in.DefineTerritory;
import org.smartbizflow.crm.account.port.in.MoveAccount;
import org.smartbizflow.crm.account.port.in.RealignmentPreview;
import org.smartbizflow.crm.account.port.in.RealignmentResult;
import org.smartbizflow.crm.account.port.in.RecordKyc;
import org.smartbizflow.crm.account.port.in.RelateAccounts;
import org.smartbizflow.crm.account.port.in.UpdateAccount;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.Address;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.EventEnvelope;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

class TerritoryComplianceAndRelationshipsTest {

    private final Clock clock = Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC);
    private final List<EventEnvelope> published = new ArrayList<>();
    private final List<AccountView> screened = new ArrayList<>();
    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final Crm crm = Crm.builder().persistence(store).clock(clock).events(published::add)
            .accessPolicy(AccessPolicies.ownerOrManager())
            .sanctionsScreening(account -> {
                screened.add(account);
                return account.legalName().contains("Shady")
                        ? List.of(new ScreeningFlag(ScreeningFlag.Kind.SANCTIONS, "EU-CFSP", "Shady Holdings", "eu-1"))
                        : List.of();
            })
            .build();
    private final TenantId acme = TenantId.of("acme");
    private final Accounts accounts = crm.session(acme, Actor.user("m-1", Role.SALES_MANAGER)).accounts();

    private AccountId create(String name, String country, String revenue, String... tags) {
        AccountProfile profile = AccountProfile.named(name)
                .withAddresses(AccountAddress.of(AddressKind.BILLING,
                        new Address(null, null, null, null, CountryCode.of(country))))
                .withTags(java.util.Arrays.stream(tags).map(Tag::of).toArray(Tag[]::new));
        if (revenue != null) {
            profile = profile.withAnnualRevenue(Money.of(revenue, "EUR"));
        }
        return accounts.create(new CreateAccount(profile));
    }

    @Test
    void realignmentPreviewsThenAppliesWithPerAccountResults() {
        TerritoryId emea = accounts.defineTerritory(DefineTerritory.root("emea", "EMEA"));
        TerritoryId ukLarge = accounts.defineTerritory(DefineTerritory.root("uk-large", "UK large accounts")
                .under(emea).withRule(10, AssignmentRule.of("(1 AND 2) OR 3",
                        RuleCondition.of("country", Operator.IN, "GB, IE"),
                        RuleCondition.of("annualRevenue", Operator.AT_LEAST, "1000000 EUR"),
                        RuleCondition.of("tag", Operator.EQUALS, "strategic"))));
        TerritoryId dach = accounts.defineTerritory(DefineTerritory.root("dach", "DACH").under(emea)
                .withRule(20, AssignmentRule.allOf(RuleCondition.of("country", Operator.IN, "DE,AT,CH"))));
        AccountId bigUk = create("Big UK plc", "GB", "2000000.00");
        AccountId smallUk = create("Small UK Ltd", "GB", "1000.00");
        AccountId strategicFr = create("Strategic SA", "FR", null, "strategic");
        AccountId german = create("Deutsche GmbH", "DE", "5.00");
        AccountId changedMeanwhile = create("Changing AG", "AT", null);

        assertThat(accounts.territories()).extracting(t -> t.key()).containsExactly("emea", "dach", "uk-large");
        assertThat(accounts.territoryFor(bigUk)).isEqualTo(ukLarge);

        RealignmentPreview preview = accounts.previewRealignment();
        assertThat(preview.evaluated()).isEqualTo(5);
        assertThat(preview.changes()).extracting(r -> r.accountId(), r -> r.to())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(bigUk, ukLarge),
                        org.assertj.core.groups.Tuple.tuple(strategicFr, ukLarge),
                        org.assertj.core.groups.Tuple.tuple(german, dach),
                        org.assertj.core.groups.Tuple.tuple(changedMeanwhile, dach));
        assertThat(accounts.get(bigUk).territoryId()).as("a preview changes nothing").isNull();

        accounts.update(new UpdateAccount(changedMeanwhile, accounts.get(changedMeanwhile).profile()
                .withIndustry("Retail")));
        List<RealignmentResult> results = accounts.applyRealignment(preview);

        assertThat(results).extracting(RealignmentResult::accountId, RealignmentResult::outcome)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(bigUk, RealignmentResult.Outcome.APPLIED),
                        org.assertj.core.groups.Tuple.tuple(strategicFr, RealignmentResult.Outcome.APPLIED),
                        org.assertj.core.groups.Tuple.tuple(german, RealignmentResult.Outcome.APPLIED),
                        org.assertj.core.groups.Tuple.tuple(changedMeanwhile, RealignmentResult.Outcome.SKIPPED));
        assertThat(results).filteredOn(r -> r.outcome() == RealignmentResult.Outcome.SKIPPED).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("changed since the preview"));
        assertThat(accounts.get(bigUk).territoryId()).isEqualTo(ukLarge);
        assertThat(accounts.get(smallUk).territoryId()).isNull();
        assertThat(store.auditLog().history(acme, "Account", german.toString()))
                .filteredOn(e -> e.field().equals("territory")).extracting(AuditEntry::newValue)
                .containsExactly(dach.toString());
        assertThat(accounts.accountsByTerritory()).contains(
                new TerritoryCount(ukLarge, 2, List.of(Money.of("2000000.00", "EUR"))),
                new TerritoryCount(dach, 1, List.of(Money.of("5.00", "EUR"))));

        accounts.changeRule(ukLarge, AssignmentRule.allOf(RuleCondition.of("country", Operator.EQUALS, "GB")), 10);
        RealignmentPreview second = accounts.previewRealignment();
        assertThat(second.changes()).extracting(r -> r.accountId(), r -> r.from(), r -> r.to())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(smallUk, null, ukLarge),
                        org.assertj.core.groups.Tuple.tuple(strategicFr, ukLarge, null),
                        org.assertj.core.groups.Tuple.tuple(changedMeanwhile, null, dach));
    }

    @Test
    void handAssignedAccountsStayInTerritoriesWithoutRules() {
        TerritoryId named = accounts.defineTerritory(DefineTerritory.root("named", "Named accounts"));
        AccountId account = create("Hand Picked", "FR", null);
        accounts.assignTerritory(account, named);

        assertThat(accounts.previewRealignment().changes()).isEmpty();
        assertThatThrownBy(() -> accounts.defineTerritory(DefineTerritory.root("named", "Again")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("named");
        assertThatThrownBy(() -> AssignmentRule.of("1 AND (2", RuleCondition.of("tag", Operator.IS_SET, null),
                RuleCondition.of("industry", Operator.EQUALS, "Retail")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("rule.expression")
                .hasMessageContaining("expected ')'");
        assertThatThrownBy(() -> RuleCondition.of("colour", Operator.EQUALS, "red"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("condition.field");
        assertThatThrownBy(() -> RuleCondition.of("annualRevenue", Operator.AT_LEAST, "a lot"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("amount and a currency");
    }

    @Test
    void kycAndScreeningAreStoredAuditedAndReviewsComeDue() {
        AccountId clean = create("Clean Ltd", "GB", null);
        AccountId shady = create("Shady Holdings", "CY", null);
        accounts.recordKyc(new RecordKyc(clean, KycStatus.VERIFIED, LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1),
                List.of(new DocumentReference("certificate-of-incorporation", "dms://kyc/1", null, null))));
        accounts.recordKyc(new RecordKyc(shady, KycStatus.PENDING, null, LocalDate.of(2027, 6, 1), List.of()));

        AccountView flagged = accounts.screen(shady);
        AccountView passed = accounts.screen(clean);

        assertThat(flagged.compliance().sanctioned()).isTrue();
        assertThat(flagged.compliance().screenedAt()).isEqualTo(clock.instant());
        assertThat(passed.compliance().flags()).isEmpty();
        assertThat(passed.compliance().screenedAt()).isEqualTo(clock.instant());
        assertThat(screened).extracting(AccountView::id).containsExactly(shady, clean);
        assertThat(store.auditLog().history(acme, "Account", shady.toString())).extracting(AuditEntry::field)
                .contains("kycStatus", "kycReviewDue", "screeningFlags", "screenedAt");
        assertThat(published).extracting(e -> e.event().getClass().getSimpleName())
                .contains("AccountComplianceChanged");
        assertThat(accounts.dueForReview(LocalDate.of(2027, 3, 1), PageRequest.first(10)).items())
                .extracting(AccountView::id).containsExactly(clean);
        assertThat(accounts.dueForReview(LocalDate.of(2027, 12, 31), PageRequest.first(10)).items())
                .extracting(AccountView::id).containsExactly(clean, shady);
    }

    @Test
    void screeningWithoutAServiceIsRefusedNotReportedClean() {
        Accounts bare = Crm.inMemory().session(acme, Actor.system()).accounts();
        AccountId id = bare.create(new CreateAccount(AccountProfile.named("Unscreened")));

        assertThatThrownBy(() -> bare.screen(id)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SanctionsScreening");
        assertThat(bare.get(id).compliance().screenedAt()).isNull();
    }

    @Test
    void relationshipsFormAGraphAndEndOnADay() {
        AccountId us = create("Us", "GB", null);
        AccountId reseller = create("Reseller", "DE", null);
        AccountId rival = create("Rival", "FR", null);
        UUID link = accounts.relate(RelateAccounts.of(reseller, RelationshipType.RESELLER, us).as("DACH reseller")
                .between(LocalDate.of(2026, 1, 1), null));
        accounts.relate(RelateAccounts.of(rival, RelationshipType.COMPETITOR, reseller));

        RelationshipGraph graph = accounts.graph(us, 2, LocalDate.of(2027, 3, 1));
        assertThat(graph.nodes()).extracting(RelationshipGraph.Node::id).containsExactly(us, reseller, rival);
        assertThat(accounts.relationships(reseller)).hasSize(2);

        accounts.endRelationship(link, LocalDate.of(2027, 1, 31));
        assertThat(accounts.graph(us, 2, LocalDate.of(2027, 3, 1)).nodes()).extracting(RelationshipGraph.Node::id)
                .containsExactly(us);
        assertThat(store.auditLog().history(acme, "Account", reseller.toString()))
                .filteredOn(e -> e.field().equals("relationship")).hasSize(2);
        assertThatThrownBy(() -> accounts.relate(RelateAccounts.of(us, RelationshipType.PARTNER, us)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> accounts.graph(us, 7, LocalDate.of(2027, 3, 1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("depth");
    }

    @Test
    void aMoveUnderOwnDescendantIsRefusedAndAuditedMovesAreRecorded() {
        AccountId group = create("Group", "GB", "10.00");
        AccountId sub = create("Sub", "GB", "5.00");
        assertThat(accounts.move(MoveAccount.under(sub, group))).isEqualTo(new MoveResult.Moved(null, group));
        assertThat(accounts.move(MoveAccount.under(group, sub))).isInstanceOf(MoveResult.Refused.class)
                .satisfies(r -> assertThat(((MoveResult.Refused) r).reason()).contains("cycle"));
        assertThat(accounts.move(MoveAccount.under(sub, group))).isInstanceOf(MoveResult.Unchanged.class);
        assertThat(accounts.rollup(group).annualRevenue()).containsExactly(Money.of("15.00", "EUR"));
        assertThat(store.auditLog().history(acme, "Account", sub.toString()))
                .filteredOn(e -> e.field().equals("parent")).extracting(AuditEntry::newValue)
                .containsExactly(group.toString());
    }
}
