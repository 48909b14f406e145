package org.smartbizflow.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.contract.LeadFixtures;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.forecast.ForecastDeal;
import org.smartbizflow.crm.forecast.ForecastScope;
import org.smartbizflow.crm.forecast.ForecastSnapshot;
import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepository;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * What the database adapter must get right beyond the port's contract, which stores one plain
 * deal per snapshot: many deals in order with every optional field, awkward amounts and
 * probabilities, one row per deal, replacement with fewer deals, rollback with the caller's
 * transaction, and refusals of what the columns cannot hold. Each test works in a fresh tenant.
 */
interface JpaForecastSnapshotRepositoryChecks {

    DateRange Q3 = DateRange.quarter(2027, 3);

    TestDatabase database();

    /** Reached before each test, so that a server that is not configured skips it rather than failing inside it. */
    @BeforeEach
    default void reachDatabase() {
        database().persistence();
    }

    private ForecastSnapshotRepository repository() {
        return database().persistence().forecastSnapshots();
    }

    /** A snapshot whose amounts, currencies, probabilities and optional fields all differ. */
    static ForecastSnapshot snapshotWithEveryField(TenantId tenant) {
        List<ForecastDeal> deals = List.of(
                new ForecastDeal("D-2", Money.of("999999999999999.99", "EUR"), 1.0 / 3,
                        LocalDate.parse("2027-08-15"), ForecastCategory.BEST_CASE, UserId.of("ada"), "north",
                        "emea", "new business", "proposal"),
                ForecastDeal.won("D-1", Money.of("1234567", "JPY"), LocalDate.parse("2027-07-02"), UserId.of("bob")),
                ForecastDeal.open("D-3", Money.of("12.345", "KWD"), 0.1 + 0.2, LocalDate.parse("2027-09-30"),
                        ForecastCategory.PIPELINE, UserId.of("cy")).withTerritory("apac"),
                ForecastDeal.open("D-4", Money.zero("EUR"), Math.nextDown(1.0), LocalDate.parse("2027-09-01"),
                        ForecastCategory.OMITTED, UserId.of("ada")).withStage("renewals", null));
        return new ForecastSnapshot(UUID.randomUUID(), tenant, LocalDate.parse("2027-07-05"), Q3,
                ForecastScope.TEAM, "north", Money.of("1234567", "JPY"), Money.of("0.01", "EUR"),
                Money.of("-5.50", "EUR"), Money.of("333333333333333.33", "EUR"), Money.of("1.000", "KWD"),
                Money.of("2.5", "USD"), Money.of("3", "GBP"), deals);
    }

    private static ForecastSnapshot withDeals(ForecastSnapshot s, List<ForecastDeal> deals) {
        return new ForecastSnapshot(s.id(), s.tenantId(), s.asOf(), s.period(), s.scope(), s.scopeKey(), s.closed(),
                s.commit(), s.bestCase(), s.weighted(), s.p10(), s.p50(), s.p90(), deals);
    }

    @Test
    default void keepsManyDealsInOrderWithEveryFieldExactly() {
        TenantId tenant = LeadFixtures.freshTenant();
        ForecastSnapshot snapshot = snapshotWithEveryField(tenant);
        repository().save(snapshot);

        assertThat(repository().findById(tenant, snapshot.id())).contains(snapshot);
        assertThat(repository().findByPeriod(tenant, Q3)).containsExactly(snapshot);
        assertThat(repository().findLatest(tenant, Q3, ForecastScope.TEAM, "north", LocalDate.parse("2027-07-05")))
                .contains(snapshot);
    }

    @Test
    default void storesOneRowPerDealSoSnapshotsCanBeComparedInSql() throws SQLException {
        TenantId tenant = LeadFixtures.freshTenant();
        ForecastSnapshot snapshot = snapshotWithEveryField(tenant);
        repository().save(snapshot);

        List<String> rows = new ArrayList<>();
        try (Connection connection = database().sharedDataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("select deal_id, amount, currency"
                     + " from crm_forecast_snapshot_deal where tenant_id = ? order by line_no")) {
            query.setString(1, tenant.value());
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getBigDecimal(2).stripTrailingZeros().toPlainString()
                            + " " + result.getString(3));
                }
            }
        }
        assertThat(rows).containsExactly("D-2 999999999999999.99 EUR", "D-1 1234567 JPY", "D-3 12.345 KWD",
                "D-4 0 EUR");
    }

    @Test
    default void replacingWithFewerDealsLeavesNoneOfTheOldOnes() {
        TenantId tenant = LeadFixtures.freshTenant();
        ForecastSnapshot snapshot = snapshotWithEveryField(tenant);
        repository().save(snapshot);
        ForecastSnapshot fewer = withDeals(snapshot, List.of(snapshot.deals().get(2)));
        repository().save(fewer);
        ForecastSnapshot none = withDeals(snapshot, List.of());
        ForecastSnapshot other = new ForecastSnapshot(UUID.randomUUID(), tenant, snapshot.asOf(), Q3,
                ForecastScope.TENANT, "tenant", snapshot.closed(), snapshot.commit(), snapshot.bestCase(),
                snapshot.weighted(), snapshot.p10(), snapshot.p50(), snapshot.p90(), snapshot.deals());
        repository().save(other);

        assertThat(repository().findById(tenant, snapshot.id())).contains(fewer);
        repository().save(none);
        assertThat(repository().findById(tenant, snapshot.id())).contains(none);
        assertThat(repository().findByPeriod(tenant, Q3)).containsExactlyInAnyOrder(none, other);
    }

    @Test
    default void aFailedTransactionLeavesNeitherTheNewSnapshotNorTheReplacement() {
        JpaCrmPersistence store = database().persistence();
        TenantId tenant = LeadFixtures.freshTenant();
        ForecastSnapshot kept = snapshotWithEveryField(tenant);
        repository().save(kept);
        ForecastSnapshot replacement = withDeals(kept, List.of());
        ForecastSnapshot added = new ForecastSnapshot(UUID.randomUUID(), tenant, LocalDate.parse("2027-07-12"), Q3,
                kept.scope(), kept.scopeKey(), kept.closed(), kept.commit(), kept.bestCase(), kept.weighted(),
                kept.p10(), kept.p50(), kept.p90(), kept.deals());

        assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
            repository().save(replacement);
            repository().save(added);
            assertThat(repository().findByPeriod(tenant, Q3)).as("seen inside the transaction")
                    .containsExactly(replacement, added);
            throw new IllegalStateException("host failure after the saves");
        })).hasMessageContaining("host failure");

        assertThat(repository().findByPeriod(tenant, Q3)).containsExactly(kept);
    }

    @Test
    default void anIdOfAnotherTenantIsRefusedAndItsSnapshotKept() {
        TenantId theirs = LeadFixtures.freshTenant();
        TenantId mine = LeadFixtures.freshTenant();
        ForecastSnapshot their = snapshotWithEveryField(theirs);
        repository().save(their);
        ForecastSnapshot clash = new ForecastSnapshot(their.id(), mine, their.asOf(), their.period(), their.scope(),
                their.scopeKey(), their.closed(), their.commit(), their.bestCase(), their.weighted(), their.p10(),
                their.p50(), their.p90(), List.of());

        assertThatThrownBy(() -> repository().save(clash)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("another tenant");
        assertThat(repository().findById(theirs, their.id())).contains(their);
        assertThat(repository().findById(mine, their.id())).isEmpty();
    }

    @Test
    default void refusesWhatTheColumnsCannotHoldNamingTheField() {
        TenantId tenant = LeadFixtures.freshTenant();
        ForecastSnapshot base = snapshotWithEveryField(tenant);
        ForecastSnapshot tooLarge = new ForecastSnapshot(base.id(), tenant, base.asOf(), Q3, base.scope(),
                base.scopeKey(), base.closed(), base.commit(), base.bestCase(),
                Money.of(new BigDecimal("1000000000000000.00"), "EUR"), base.p10(), base.p50(), base.p90(),
                base.deals());
        ForecastSnapshot longStage = withDeals(base, List.of(base.deals().get(0), base.deals().get(1)
                .withStage("renewals", "s".repeat(201))));

        assertThatThrownBy(() -> repository().save(tooLarge)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("weighted"));
        assertThatThrownBy(() -> repository().save(longStage)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("deals[1].stage"));
        assertThat(repository().findByPeriod(tenant, Q3)).isEmpty();
    }
}
