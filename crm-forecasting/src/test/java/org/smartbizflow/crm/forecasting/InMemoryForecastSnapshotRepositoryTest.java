package org.smartbizflow.crm.forecasting;

import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepository;
import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepositoryContract;

class InMemoryForecastSnapshotRepositoryTest implements ForecastSnapshotRepositoryContract {

    @Override
    public ForecastSnapshotRepository emptyRepository() {
        return new InMemoryForecastSnapshotRepository();
    }
}
