package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AssignmentRule;
import org.smartbizflow.crm.account.RuleCondition;
import org.smartbizflow.crm.account.Territory;
import org.smartbizflow.crm.account.TerritoryId;
import org.smartbizflow.crm.account.port.out.TerritoryRepository;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.CrmException;
import org.smartbizflow.crm.shared.TenantId;

/** What every {@link TerritoryRepository} must do, whatever the storage. */
public abstract class TerritoryRepositoryContract {

    private static final Instant AT = Instant.parse("2027-01-02T03:04:05.123456Z");

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

    private TerritoryRepository territories() {
        return store.territories();
    }

    private Territory territory(String key, TerritoryId parent, AssignmentRule rule) {
        return new Territory(TerritoryId.of(LeadFixtures.nextId()), tenant, key, "Territory " + key, parent, 10, rule,
                0, AT, AT);
    }

    @Test
    void storesTheTreeWithRulesAndUpdatesWithVersions() {
        AssignmentRule rule = AssignmentRule.of("(1 AND 2) OR NOT 3",
                RuleCondition.of("country", RuleCondition.Operator.IN, "GB,IE"),
                RuleCondition.of("annualRevenue", RuleCondition.Operator.AT_LEAST, "1000000 EUR"),
                RuleCondition.of("tag", RuleCondition.Operator.IS_SET, null));
        Territory emea = territory("emea", null, null);
        Territory uk = territory("uk-large", emea.id(), rule);
        store.transactions().inTransaction(() -> {
            territories().insert(emea);
            territories().insert(uk);
        });

        assertThat(tx(() -> territories().all(tenant))).containsExactly(emea, uk);
        assertThat(tx(() -> territories().find(tenant, uk.id()))).contains(uk);
        assertThat(tx(() -> territories().find(LeadFixtures.freshTenant(), uk.id()))).isEmpty();

        Territory changed = uk.withRule(AssignmentRule.allOf(
                RuleCondition.of("industry", RuleCondition.Operator.EQUALS, "Retail")), 5, AT.plusSeconds(1));
        store.transactions().inTransaction(() -> territories().update(changed));
        assertThat(tx(() -> territories().find(tenant, uk.id()))).contains(changed.withVersion(1));
        assertThatThrownBy(() -> store.transactions().inTransaction(() -> territories().update(changed)))
                .isInstanceOf(ConcurrencyConflictException.class);
    }

    @Test
    void refusesASecondTerritoryWithTheSameKey() {
        store.transactions().inTransaction(() -> territories().insert(territory("north", null, null)));

        assertThatThrownBy(() -> store.transactions().inTransaction(
                () -> territories().insert(territory("north", null, null))))
                .isInstanceOf(CrmException.class).hasMessageContaining("north");
        assertThat(tx(() -> territories().all(tenant))).hasSize(1);
    }
}
