package org.smartbizflow.crm.jpa;

import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepository;
import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepositoryContract;

/**
 * The forecast snapshot repository contract, and the adapter's own checks, on
 * the MariaDB server named by CRM_TEST_MARIADB_URL.
 */
class MariaDbServerForecastSnapshotRepositoryTest implements ForecastSnapshotRepositoryContract,
        JpaForecastSnapshotRepositoryChecks {

    @Override
    public TestDatabase database() {
        return TestDatabase.mariaDbServer();
    }

    @Override
    public ForecastSnapshotRepository emptyRepository() {
        return database().emptyForecastSnapshots();
    }
}
