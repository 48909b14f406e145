package org.smartbizflow.crm.examples.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.smartbizflow.crm.account.AccountAddress;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountNode;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.AddressKind;
import org.smartbizflow.crm.account.AssignmentRule;
import org.smartbizflow.crm.account.DocumentReference;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.HierarchyRollup;
import org.smartbizflow.crm.account.KycStatus;
import org.smartbizflow.crm.account.MoveResult;
import org.smartbizflow.crm.account.RelationshipGraph;
import org.smartbizflow.crm.account.RelationshipType;
import org.smartbizflow.crm.account.RuleCondition;
import org.smartbizflow.crm.account.ScreeningFlag;
import org.smartbizflow.crm.account.SizeBand;
import org.smartbizflow.crm.account.Territory;
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
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.Address;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.TenantId;

/**
 * The accounts part of the quick-start demo: a group with subsidiaries, a reseller network,
 * territories realigned by rule, and a KYC review with a (made-up) screening service. Runs on
 * the demo's own store, so a second run of the demo finds the first run's accounts too.
 */
public final class AccountsDemo {

    private AccountsDemo() {
    }

    /** Walks through the account features on the store and prints what happened. */
    public static void run(CrmPersistence persistence, TenantId tenant, PrintStream out) {
        Crm crm = Crm.builder()
                .persistence(persistence)
                .clock(Clock.systemUTC())
                .accessPolicy(AccessPolicies.ownerOrManager())
                .sanctionsScreening(AccountsDemo::screen)
                .build();
        Accounts accounts = crm.session(tenant, Actor.user("mgr-mary", Role.SALES_MANAGER)).accounts();

        out.println("== Accounts: a group with subsidiaries");
        AccountId group = accounts.create(new CreateAccount(profile("Analytical Engines Group plc", "GB",
                "12000000.00").withDomains(DomainName.of("https://www.engines.example")).withSizeBand(SizeBand.LARGE)));
        AccountId uk = accounts.create(new CreateAccount(profile("Analytical Engines UK Ltd", "GB", "4000000.00")));
        AccountId de = accounts.create(new CreateAccount(profile("Analytische Maschinen GmbH", "DE", "750000.00")));
        AccountId shady = accounts.create(new CreateAccount(profile("Shady Trading Ltd", "CY", null)));
        accounts.move(MoveAccount.under(uk, group));
        accounts.move(MoveAccount.under(de, uk));
        MoveResult cycle = accounts.move(MoveAccount.under(group, de));
        out.println("   moving the group under its own grandchild: " + ((MoveResult.Refused) cycle).reason());
        for (AccountNode node : accounts.subtree(group)) {
            out.println("   " + "  ".repeat(node.depth()) + node.legalName());
        }
        HierarchyRollup rollup = accounts.rollup(group);
        out.println("   roll-up: " + rollup.accounts() + " accounts, " + rollup.depth() + " levels, revenue "
                + rollup.annualRevenue());
        out.println("   found by domain engines.example: " + accounts.findByDomain(DomainName.of("engines.example"))
                .stream().map(AccountView::legalName).toList());

        out.println("== Relationships");
        accounts.relate(RelateAccounts.of(shady, RelationshipType.RESELLER, de).as("Cyprus reseller")
                .between(LocalDate.of(2026, 1, 1), null));
        RelationshipGraph graph = accounts.graph(group, 3, LocalDate.now(Clock.systemUTC()));
        out.println("   around the group (3 hops): " + graph.nodes().stream()
                .map(n -> n.legalName() + "@" + n.distance()).toList());
        graph = accounts.graph(de, 1, LocalDate.now(Clock.systemUTC()));
        out.println("   around the GmbH (1 hop): " + graph.nodes().stream()
                .map(n -> n.legalName() + "@" + n.distance()).toList());

        out.println("== Territories: rule (1 AND 2) OR 3, preview then apply");
        TerritoryId ukLarge = territory(accounts, DefineTerritory.root("demo-uk-large", "UK large")
                .withRule(10, AssignmentRule.of("(1 AND 2) OR 3",
                        RuleCondition.of("country", RuleCondition.Operator.EQUALS, "GB"),
                        RuleCondition.of("annualRevenue", RuleCondition.Operator.AT_LEAST, "5000000 GBP"),
                        RuleCondition.of("tag", RuleCondition.Operator.EQUALS, "strategic"))));
        TerritoryId dach = territory(accounts, DefineTerritory.root("demo-dach", "DACH")
                .withRule(20, AssignmentRule.allOf(RuleCondition.of("country", RuleCondition.Operator.IN, "DE,AT,CH"))));
        RealignmentPreview preview = accounts.previewRealignment();
        out.println("   preview: " + preview.changes().size() + " of " + preview.evaluated() + " accounts would move");
        List<RealignmentResult> results = accounts.applyRealignment(preview);
        long applied = results.stream().filter(r -> r.outcome() == RealignmentResult.Outcome.APPLIED).count();
        out.println("   applied: " + applied + "; the group is in "
                + (ukLarge.equals(accounts.get(group).territoryId()) ? "UK large" : "?") + ", the GmbH in "
                + (dach.equals(accounts.get(de).territoryId()) ? "DACH" : "?"));
        for (TerritoryCount count : accounts.accountsByTerritory()) {
            out.println("   territory " + name(accounts, count.territoryId()) + ": " + count.accounts()
                    + " accounts, revenue " + count.annualRevenue());
        }

        out.println("== Compliance: KYC review and sanctions screening");
        LocalDate today = LocalDate.now(Clock.systemUTC());
        accounts.recordKyc(new RecordKyc(group, KycStatus.VERIFIED, today, today.plusYears(1),
                List.of(new DocumentReference("certificate-of-incorporation", "dms://kyc/engines/coi", null, null))));
        accounts.recordKyc(new RecordKyc(shady, KycStatus.PENDING, null, today, List.of()));
        AccountView screened = accounts.screen(shady);
        out.println("   screened " + screened.legalName() + ": " + screened.compliance().flags());
        out.println("   due for review today: " + accounts.dueForReview(today, PageRequest.first(10)).items().stream()
                .map(AccountView::legalName).distinct().toList());
    }

    private static AccountProfile profile(String name, String country, String revenue) {
        AccountProfile profile = AccountProfile.named(name).withAddresses(AccountAddress.of(AddressKind.REGISTERED,
                new Address(null, null, null, null, CountryCode.of(country))));
        if (name.startsWith("Analytical Engines Group")) {
            profile = profile.withTags(Tag.of("strategic"));
        }
        return revenue == null ? profile : profile.withAnnualRevenue(Money.of(revenue, "GBP"));
    }

    /** The demo territory with that key: made on the first run, found on later ones. */
    private static TerritoryId territory(Accounts accounts, DefineTerritory definition) {
        return accounts.territories().stream().filter(t -> t.key().equals(definition.key())).map(Territory::id)
                .findFirst().orElseGet(() -> accounts.defineTerritory(definition));
    }

    private static String name(Accounts accounts, TerritoryId id) {
        return id == null ? "(none)" : accounts.territories().stream().filter(t -> t.id().equals(id))
                .map(Territory::name).findFirst().orElse(id.toString());
    }

    /** A stand-in for a screening provider: flags any name containing "Shady". */
    private static List<ScreeningFlag> screen(AccountView account) {
        return account.legalName().contains("Shady")
                ? List.of(new ScreeningFlag(ScreeningFlag.Kind.SANCTIONS, "DEMO-LIST", account.legalName(), "demo-1"))
                : List.of();
    }
}
