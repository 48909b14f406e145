package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepository;
import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepositoryContract;

/**
 * The forecast snapshot repository contract, and the adapter's own checks, on
 * H2 in memory.
 */
class H2ForecastSnapshotRepositoryTest implements ForecastSnapshotRepositoryContract,
        JpaForecastSnapshotRepositoryChecks {

    @Override
    public TestDatabase database() {
        return TestDatabase.h2();
    }

    @Override
    public ForecastSnapshotRepository emptyRepository() {
        return database().emptyForecastSnapshots();
    }
}
