package org.smartbizflow.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.Account;
import org.smartbizflow.crm.account.HierarchyRollup;
import org.smartbizflow.crm.contract.AccountFixtures;
import org.smartbizflow.crm.contract.LeadFixtures;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.TenantId;

/**
 * The subtree roll-up joins the opportunity and contact tables in the database. The rows are
 * written with plain SQL so that this check depends on the tables, not on the other contexts'
 * domain code.
 */
abstract class AccountRollupChecks {

    abstract TestDatabase database();

    @Test
    void rollsUpDealsAndContactsOfTheWholeSubtreeInTheDatabase() throws SQLException {
        TestDatabase db = database();
        JpaCrmPersistence store = db.persistence();
        TenantId tenant = LeadFixtures.freshTenant();
        Account group = AccountFixtures.bareAccount(tenant, "Group");
        Account child = AccountFixtures.bareAccount(tenant, "Child");
        child.moveUnder(group.id(), AccountFixtures.OWNER, AccountFixtures.BASE_TIME);
        Account outside = AccountFixtures.bareAccount(tenant, "Outside");
        store.transactions().inTransaction(() -> {
            store.accounts().insert(group);
            store.accounts().insert(child);
            store.accounts().insert(outside);
        });
        try (Connection connection = db.sharedDataSource().getConnection()) {
            deal(connection, tenant, group.id().value(), "OPEN", "100.00", "EUR");
            deal(connection, tenant, child.id().value(), "OPEN", "50.50", "EUR");
            deal(connection, tenant, child.id().value(), "OPEN", "7", "JPY");
            deal(connection, tenant, child.id().value(), "WON", "30.00", "EUR");
            deal(connection, tenant, child.id().value(), "LOST", "40.00", "EUR");
            deal(connection, tenant, outside.id().value(), "OPEN", "999.00", "EUR");
            contact(connection, tenant, group.id().value(), false);
            contact(connection, tenant, child.id().value(), false);
            contact(connection, tenant, child.id().value(), true);
            contact(connection, tenant, outside.id().value(), false);
        }

        HierarchyRollup rollup = store.transactions().inTransaction(() -> store.accounts().rollup(tenant, group.id()));

        assertThat(rollup.accounts()).isEqualTo(2);
        assertThat(rollup.openPipeline()).containsExactly(Money.of("150.50", "EUR"), Money.of("7", "JPY"));
        assertThat(rollup.wonRevenue()).containsExactly(Money.of("30.00", "EUR"));
        assertThat(rollup.contacts()).isEqualTo(2);
    }

    private static void deal(Connection connection, TenantId tenant, UUID account, String stageType, String amount,
                             String currency) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into crm_opportunity (id, tenant_id,"
                + " pipeline_id, stage_id, stage_type, name, account_id, owner_id, amount, currency,"
                + " expected_close_date, probability, probability_source, forecast_category, version, created_at,"
                + " updated_at) values (?, ?, ?, ?, ?, ?, ?, 'owner-1', ?, ?, ?, 0.5, 'STAGE', 'PIPELINE', 0, ?, ?)")) {
            insert.setObject(1, LeadFixtures.nextId());
            insert.setString(2, tenant.value());
            insert.setObject(3, LeadFixtures.nextId());
            insert.setObject(4, LeadFixtures.nextId());
            insert.setString(5, stageType);
            insert.setString(6, "Deal " + amount);
            insert.setObject(7, account);
            insert.setBigDecimal(8, new java.math.BigDecimal(amount));
            insert.setString(9, currency);
            insert.setDate(10, Date.valueOf(LocalDate.of(2027, 6, 30)));
            insert.setTimestamp(11, Timestamp.from(Instant.parse("2027-01-01T00:00:00Z")));
            insert.setTimestamp(12, Timestamp.from(Instant.parse("2027-01-01T00:00:00Z")));
            insert.executeUpdate();
        }
    }

    private static void contact(Connection connection, TenantId tenant, UUID account, boolean erased)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into crm_contact (id, tenant_id, owner_id,"
                + " name, account_id, version, created_at, updated_at, erased_at) values (?, ?, 'owner-1', 'Someone',"
                + " ?, 0, ?, ?, ?)")) {
            insert.setObject(1, LeadFixtures.nextId());
            insert.setString(2, tenant.value());
            insert.setObject(3, account);
            Timestamp at = Timestamp.from(Instant.parse("2027-01-01T00:00:00Z"));
            insert.setTimestamp(4, at);
            insert.setTimestamp(5, at);
            insert.setTimestamp(6, erased ? at : null);
            insert.executeUpdate();
        }
    }
}
