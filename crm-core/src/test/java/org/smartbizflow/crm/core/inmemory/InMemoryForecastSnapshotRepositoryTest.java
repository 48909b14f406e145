package org.smartbizflow.crm.core.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.forecast.ForecastScope;
import org.smartbizflow.crm.forecast.ForecastSnapshot;
import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepository;
import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepositoryContract;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.ValidationException;

/** The in-memory adapter holds the same contract as the database adapter, and rolls back with its store. */
class InMemoryForecastSnapshotRepositoryTest implements ForecastSnapshotRepositoryContract {

    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();

    @Override
    public ForecastSnapshotRepository emptyRepository() {
        return store.forecastSnapshots();
    }

    @Test
    void aFailedTransactionLeavesNeitherTheNewSnapshotNorTheReplacement() {
        ForecastSnapshotRepository repository = emptyRepository();
        ForecastSnapshot kept = ForecastSnapshotRepositoryContract.snapshot(ACME, "2027-01-05", Q1,
                ForecastScope.TENANT, "tenant", "50.00");
        repository.save(kept);
        ForecastSnapshot replacement = replaceWeighted(kept, "99.00");
        ForecastSnapshot added = ForecastSnapshotRepositoryContract.snapshot(ACME, "2027-01-12", Q1,
                ForecastScope.TENANT, "tenant", "60.00");

        assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
            repository.save(replacement);
            repository.save(added);
            throw new IllegalStateException("host failure after the saves");
        })).hasMessageContaining("host failure");

        assertThat(repository.findByPeriod(ACME, Q1)).containsExactly(kept);
        assertThat(repository.findById(ACME, added.id())).isEmpty();
    }

    @Test
    void anIdOfAnotherTenantIsRefusedAndItsSnapshotKept() {
        ForecastSnapshotRepository repository = emptyRepository();
        ForecastSnapshot theirs = ForecastSnapshotRepositoryContract.snapshot(OTHER, "2027-01-05", Q1,
                ForecastScope.TENANT, "tenant", "50.00");
        repository.save(theirs);
        ForecastSnapshot mine = ForecastSnapshotRepositoryContract.snapshot(ACME, "2027-01-05", Q1,
                ForecastScope.TENANT, "tenant", "10.00");
        ForecastSnapshot clash = new ForecastSnapshot(theirs.id(), ACME, mine.asOf(), mine.period(), mine.scope(),
                mine.scopeKey(), mine.closed(), mine.commit(), mine.bestCase(), mine.weighted(), mine.p10(),
                mine.p50(), mine.p90(), mine.deals());

        assertThatThrownBy(() -> repository.save(clash)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("id");
        assertThat(repository.findById(OTHER, theirs.id())).contains(theirs);
        assertThat(repository.findById(ACME, theirs.id())).isEmpty();
    }

    @Test
    void sameDaySnapshotsComeInIdOrderAndTheLatestIsTheGreatestId() {
        ForecastSnapshotRepository repository = emptyRepository();
        ForecastSnapshot base = ForecastSnapshotRepositoryContract.snapshot(ACME, "2027-01-05", Q1,
                ForecastScope.TENANT, "tenant", "50.00");
        // Ids whose signed order differs from their unsigned (database) order.
        ForecastSnapshot low = withId(base, UUID.fromString("00000000-0000-7000-8000-000000000001"));
        ForecastSnapshot high = withId(base, UUID.fromString("f0000000-0000-7000-8000-000000000001"));
        repository.save(high);
        repository.save(low);

        assertThat(repository.findByPeriod(ACME, Q1)).containsExactly(low, high);
        assertThat(repository.findLatest(ACME, Q1, ForecastScope.TENANT, "tenant", LocalDate.parse("2027-01-05")))
                .contains(high);
    }

    private static ForecastSnapshot replaceWeighted(ForecastSnapshot s, String weighted) {
        return new ForecastSnapshot(s.id(), s.tenantId(), s.asOf(), s.period(), s.scope(), s.scopeKey(), s.closed(),
                s.commit(), s.bestCase(), Money.of(weighted, "EUR"), s.p10(), s.p50(), s.p90(), s.deals());
    }

    private static ForecastSnapshot withId(ForecastSnapshot s, UUID id) {
        return new ForecastSnapshot(id, s.tenantId(), s.asOf(), s.period(), s.scope(), s.scopeKey(), s.closed(),
                s.commit(), s.bestCase(), s.weighted(), s.p10(), s.p50(), s.p90(), s.deals());
    }
}
