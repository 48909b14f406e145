package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepository;
import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepositoryContract;

/**
 * The forecast snapshot repository contract, and the adapter's own checks, on
 * the PostgreSQL server named by CRM_TEST_POSTGRES_URL.
 */
class PostgresServerForecastSnapshotRepositoryTest implements ForecastSnapshotRepositoryContract,
        JpaForecastSnapshotRepositoryChecks {

    @Override
    public TestDatabase database() {
        return TestDatabase.postgresServer();
    }

    @Override
    public ForecastSnapshotRepository emptyRepository() {
        return database().emptyForecastSnapshots();
    }
}
