package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.assignment.AssignTarget;
import org.smartbizflow.crm.lead.assignment.AssignmentRule;
import org.smartbizflow.crm.lead.assignment.AssignmentRuleSet;
import org.smartbizflow.crm.lead.assignment.AssignmentRules;
import org.smartbizflow.crm.lead.assignment.AssignmentTeam;
import org.smartbizflow.crm.lead.assignment.CustomCondition;
import org.smartbizflow.crm.lead.assignment.EmployeeBand;
import org.smartbizflow.crm.lead.assignment.LeadProfile;
import org.smartbizflow.crm.lead.assignment.RuleCondition;
import org.smartbizflow.crm.lead.assignment.TeamMember;
import org.smartbizflow.crm.lead.assignment.port.out.AssignmentRepository;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * What every {@link AssignmentRepository} must do, whatever the storage. Subclass it per
 * adapter; every test works in tenants of its own, so one store may serve all tests.
 */
public abstract class AssignmentRepositoryContract {

    /** The store under test; called once before each test. */
    protected abstract CrmPersistence persistence();

    private CrmPersistence store;
    private TenantId tenant;

    @BeforeEach
    void openStore() {
        store = persistence();
        tenant = LeadFixtures.freshTenant();
    }

    private <T> T tx(Supplier<T> work) {
        return store.transactions().inTransaction(work);
    }

    private void txRun(Runnable work) {
        store.transactions().inTransaction(work);
    }

    private AssignmentRepository repo() {
        return store.assignments();
    }

    /** Rules using every kind of condition and target. */
    public static AssignmentRules fullRules() {
        return AssignmentRules.of(
                List.of(AssignmentTeam.of("west", TeamMember.of("w-1", 3), TeamMember.of("w-2", 5)),
                        AssignmentTeam.of("east", TeamMember.of("e-1", 1))),
                List.of(AssignmentRule.of("partners", RuleCondition.any().fromSources(LeadSource.PARTNER, LeadSource.REFERRAL),
                                AssignTarget.user("partner-desk")),
                        AssignmentRule.of("big uk", RuleCondition.any().inCountries(CountryCode.of("GB"), CountryCode.of("IE"))
                                .withEmployees(EmployeeBand.atLeast(1000)), AssignTarget.team("east")),
                        AssignmentRule.of("west coast", RuleCondition.any().inTerritories("us-west", "ca-west")
                                .withEmployees(EmployeeBand.between(10, 999)), AssignTarget.team("west"))),
                AssignTarget.team("west"));
    }

    @Test
    void storesAndLoadsEveryPartOfTheRules() {
        AssignmentRuleSet rules = AssignmentRuleSet.define(tenant, fullRules(), LeadFixtures.BASE_TIME);
        txRun(() -> repo().saveRules(rules));

        AssignmentRuleSet loaded = tx(() -> repo().findRules(tenant)).orElseThrow();

        assertThat(loaded.rules()).isEqualTo(fullRules());
        assertThat(loaded.version()).isZero();
        assertThat(loaded.updatedAt()).isEqualTo(LeadFixtures.BASE_TIME);
        assertThat(loaded.tenantId()).isEqualTo(tenant);
    }

    @Test
    void storesCustomFieldConditionsAndUserCapacities() {
        AssignmentRules rules = AssignmentRules.of(List.of(AssignmentTeam.of("west", TeamMember.of("w-1", 3))),
                List.of(AssignmentRule.of("enterprise", RuleCondition.any().fromSources(LeadSource.WEB_FORM).withCustom(
                                CustomCondition.of("seats", CustomCondition.Operator.AT_LEAST, CustomValue.number("250.5")),
                                CustomCondition.equals("industry", CustomValue.text("Retail: banking, 100% \"online\"")),
                                CustomCondition.of("renewal", CustomCondition.Operator.LESS_THAN,
                                        CustomValue.date(java.time.LocalDate.of(2027, 1, 31))),
                                CustomCondition.equals("partner", CustomValue.bool(true))),
                                AssignTarget.user(UserId.of("key-accounts"), 7)),
                        AssignmentRule.of("anyone", RuleCondition.any(), AssignTarget.user("desk"))),
                AssignTarget.user(UserId.of("queue"), 40));
        txRun(() -> repo().saveRules(AssignmentRuleSet.define(tenant, rules, LeadFixtures.BASE_TIME)));

        AssignmentRules loaded = tx(() -> repo().findRules(tenant)).orElseThrow().rules();

        assertThat(loaded).isEqualTo(rules);
        assertThat(loaded.rules().get(0).when().custom()).hasSize(4);
        assertThat(loaded.fallback()).isEqualTo(new AssignTarget.User(UserId.of("queue"), 40));
        assertThat(loaded.rules().get(1).target()).isEqualTo(new AssignTarget.User(UserId.of("desk"), null));
    }

    @Test
    void storesRulesWithoutFallbackOrRules() {
        AssignmentRules bare = AssignmentRules.of(List.of(), List.of(), null);
        txRun(() -> repo().saveRules(AssignmentRuleSet.define(tenant, bare, LeadFixtures.BASE_TIME)));

        assertThat(tx(() -> repo().findRules(tenant)).orElseThrow().rules()).isEqualTo(bare);
    }

    @Test
    void findsNoRulesForAnotherTenant() {
        txRun(() -> repo().saveRules(AssignmentRuleSet.define(tenant, fullRules(), LeadFixtures.BASE_TIME)));

        assertThat(tx(() -> repo().findRules(LeadFixtures.freshTenant()))).isEmpty();
    }

    @Test
    void replacingTheRulesAdvancesTheVersionAndRefusesAStaleOne() {
        txRun(() -> repo().saveRules(AssignmentRuleSet.define(tenant, fullRules(), LeadFixtures.BASE_TIME)));
        AssignmentRules fewer = AssignmentRules.of(List.of(AssignmentTeam.of("north", TeamMember.of("n-1", 2))),
                List.of(AssignmentRule.of("all", RuleCondition.any(), AssignTarget.team("north"))), null);

        AssignmentRuleSet first = tx(() -> repo().findRules(tenant)).orElseThrow();
        AssignmentRuleSet second = tx(() -> repo().findRules(tenant)).orElseThrow();
        first.revise(fewer, LeadFixtures.BASE_TIME.plusSeconds(60));
        txRun(() -> repo().saveRules(first));
        second.revise(fullRules(), LeadFixtures.BASE_TIME.plusSeconds(61));

        assertThatThrownBy(() -> txRun(() -> repo().saveRules(second)))
                .isInstanceOf(ConcurrencyConflictException.class);
        AssignmentRuleSet stored = tx(() -> repo().findRules(tenant)).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.rules()).isEqualTo(fewer);
        assertThat(stored.updatedAt()).isEqualTo(LeadFixtures.BASE_TIME.plusSeconds(60));
    }

    @Test
    void aSecondFirstRuleSetIsAConflict() {
        txRun(() -> repo().saveRules(AssignmentRuleSet.define(tenant, fullRules(), LeadFixtures.BASE_TIME)));

        assertThatThrownBy(() -> txRun(() -> repo().saveRules(
                AssignmentRuleSet.define(tenant, fullRules(), LeadFixtures.BASE_TIME))))
                .isInstanceOf(ConcurrencyConflictException.class);
    }

    @Test
    void pointersStartAtZeroMoveAndSurviveARevision() {
        txRun(() -> repo().saveRules(AssignmentRuleSet.define(tenant, fullRules(), LeadFixtures.BASE_TIME)));
        assertThat(tx(() -> repo().lockPointer(tenant, "west"))).isZero();
        assertThat(tx(() -> repo().lockPointer(tenant, "nobody"))).isZero();

        txRun(() -> {
            repo().lockPointer(tenant, "west");
            repo().movePointer(tenant, "west", 1);
        });
        AssignmentRuleSet stored = tx(() -> repo().findRules(tenant)).orElseThrow();
        stored.revise(fullRules(), LeadFixtures.BASE_TIME.plusSeconds(5));
        txRun(() -> repo().saveRules(stored));

        assertThat(tx(() -> repo().lockPointer(tenant, "west"))).isEqualTo(1);
        assertThat(tx(() -> repo().lockPointer(tenant, "east"))).isZero();
        assertThat(tx(() -> repo().lockPointer(LeadFixtures.freshTenant(), "west"))).isZero();
    }

    @Test
    void aRolledBackTransactionLeavesRulesAndPointersAsTheyWere() {
        txRun(() -> repo().saveRules(AssignmentRuleSet.define(tenant, fullRules(), LeadFixtures.BASE_TIME)));

        assertThatThrownBy(() -> txRun(() -> {
            repo().lockPointer(tenant, "west");
            repo().movePointer(tenant, "west", 1);
            AssignmentRuleSet stored = repo().findRules(tenant).orElseThrow();
            stored.revise(AssignmentRules.of(List.of(), List.of(), null), LeadFixtures.BASE_TIME.plusSeconds(1));
            repo().saveRules(stored);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(tx(() -> repo().lockPointer(tenant, "west"))).isZero();
        assertThat(tx(() -> repo().findRules(tenant)).orElseThrow().version()).isZero();
    }

    @Test
    void storesReplacesAndFindsProfilesPerTenant() {
        LeadId known = LeadFixtures.nextLeadId();
        LeadId unknown = LeadFixtures.nextLeadId();
        LeadProfile full = new LeadProfile(CountryCode.of("DE"), "dach", 250);
        LeadProfile bare = LeadProfile.unknown();
        txRun(() -> repo().saveProfile(tenant, known, bare));
        txRun(() -> repo().saveProfile(tenant, known, full));

        Map<LeadId, LeadProfile> found = tx(() -> repo().findProfiles(tenant, List.of(known, unknown)));

        assertThat(found).containsExactly(Map.entry(known, full));
        assertThat(tx(() -> repo().findProfiles(LeadFixtures.freshTenant(), List.of(known)))).isEmpty();
        LeadId empty = LeadFixtures.nextLeadId();
        txRun(() -> repo().saveProfile(tenant, empty, bare));
        assertThat(tx(() -> repo().findProfiles(tenant, List.of(empty)))).containsExactly(Map.entry(empty, bare));
    }
}
