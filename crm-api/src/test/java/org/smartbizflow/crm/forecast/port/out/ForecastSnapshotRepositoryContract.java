package org.smartbizflow.crm.forecast.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.forecast.ForecastDeal;
import org.smartbizflow.crm.forecast.ForecastScope;
import org.smartbizflow.crm.forecast.ForecastSnapshot;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * The behaviour every {@link ForecastSnapshotRepository} adapter must show. An adapter's test
 * implements this interface and supplies a fresh, empty repository.
 */
public interface ForecastSnapshotRepositoryContract {

    TenantId ACME = TenantId.of("acme");
    TenantId OTHER = TenantId.of("other");
    DateRange Q1 = DateRange.quarter(2027, 1);

    /** A new, empty repository for each test. */
    ForecastSnapshotRepository emptyRepository();

    static ForecastSnapshot snapshot(TenantId tenant, String asOf, DateRange period, ForecastScope scope, String key,
                                     String weighted) {
        Money w = Money.of(weighted, "EUR");
        ForecastDeal deal = ForecastDeal.open("D-1", Money.of("100.00", "EUR"), 0.5, LocalDate.parse("2027-02-01"),
                ForecastCategory.COMMIT, UserId.of("ada")).withTeam("north");
        return new ForecastSnapshot(UUID.randomUUID(), tenant, LocalDate.parse(asOf), period, scope, key,
                Money.zero("EUR"), Money.of("100.00", "EUR"), Money.of("100.00", "EUR"), w, Money.zero("EUR"),
                Money.of("100.00", "EUR"), Money.of("100.00", "EUR"), List.of(deal));
    }

    @Test
    default void findsWhatItSavedWithEveryField() {
        ForecastSnapshotRepository repository = emptyRepository();
        ForecastSnapshot s = snapshot(ACME, "2027-01-05", Q1, ForecastScope.TENANT, "tenant", "50.00");
        repository.save(s);
        assertThat(repository.findById(ACME, s.id())).contains(s);
    }

    @Test
    default void keepsTenantsApart() {
        ForecastSnapshotRepository repository = emptyRepository();
        ForecastSnapshot s = snapshot(ACME, "2027-01-05", Q1, ForecastScope.TENANT, "tenant", "50.00");
        repository.save(s);
        assertThat(repository.findById(OTHER, s.id())).isEmpty();
        assertThat(repository.findByPeriod(OTHER, Q1)).isEmpty();
        assertThat(repository.findLatest(OTHER, Q1, ForecastScope.TENANT, "tenant", LocalDate.parse("2027-12-31")))
                .isEmpty();
    }

    @Test
    default void savingTheSameIdAgainReplaces() {
        ForecastSnapshotRepository repository = emptyRepository();
        ForecastSnapshot s = snapshot(ACME, "2027-01-05", Q1, ForecastScope.TENANT, "tenant", "50.00");
        repository.save(s);
        ForecastSnapshot changed = new ForecastSnapshot(s.id(), s.tenantId(), s.asOf(), s.period(), s.scope(),
                s.scopeKey(), s.closed(), s.commit(), s.bestCase(), Money.of("75.00", "EUR"), s.p10(), s.p50(),
                s.p90(), s.deals());
        repository.save(changed);
        assertThat(repository.findById(ACME, s.id())).contains(changed);
        assertThat(repository.findByPeriod(ACME, Q1)).hasSize(1);
    }

    @Test
    default void latestIsTheNewestOnOrBeforeTheDayForThatScope() {
        ForecastSnapshotRepository repository = emptyRepository();
        ForecastSnapshot jan5 = snapshot(ACME, "2027-01-05", Q1, ForecastScope.TENANT, "tenant", "50.00");
        ForecastSnapshot jan12 = snapshot(ACME, "2027-01-12", Q1, ForecastScope.TENANT, "tenant", "60.00");
        ForecastSnapshot jan19 = snapshot(ACME, "2027-01-19", Q1, ForecastScope.TENANT, "tenant", "70.00");
        ForecastSnapshot owner = snapshot(ACME, "2027-01-13", Q1, ForecastScope.OWNER, "ada", "10.00");
        ForecastSnapshot q2 = snapshot(ACME, "2027-01-13", DateRange.quarter(2027, 2), ForecastScope.TENANT, "tenant",
                "10.00");
        List.of(jan19, jan5, owner, q2, jan12).forEach(repository::save);
        assertThat(repository.findLatest(ACME, Q1, ForecastScope.TENANT, "tenant", LocalDate.parse("2027-01-15")))
                .contains(jan12);
        assertThat(repository.findLatest(ACME, Q1, ForecastScope.TENANT, "tenant", LocalDate.parse("2027-01-12")))
                .contains(jan12);
        assertThat(repository.findLatest(ACME, Q1, ForecastScope.TENANT, "tenant", LocalDate.parse("2027-01-04")))
                .isEmpty();
        assertThat(repository.findLatest(ACME, Q1, ForecastScope.OWNER, "ada", LocalDate.parse("2027-12-31")))
                .contains(owner);
        assertThat(repository.findByPeriod(ACME, Q1)).containsExactly(jan5, jan12, owner, jan19);
    }
}
