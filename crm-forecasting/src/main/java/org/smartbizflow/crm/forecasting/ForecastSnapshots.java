package org.smartbizflow.crm.forecasting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartbizflow.crm.forecast.ForecastAccuracy;
import org.smartbizflow.crm.forecast.ForecastDeal;
import org.smartbizflow.crm.forecast.ForecastRequest;
import org.smartbizflow.crm.forecast.ForecastScope;
import org.smartbizflow.crm.forecast.ForecastSnapshot;
import org.smartbizflow.crm.forecast.PipelineForecast;
import org.smartbizflow.crm.forecast.SnapshotComparison;
import org.smartbizflow.crm.forecast.port.out.ForecastSnapshotRepository;
import org.smartbizflow.crm.forecast.port.out.PipelineForecaster;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.port.out.IdGenerator;

/**
 * Takes forecast snapshots and answers the weekly questions about them: what changed since
 * the last one, and, after the period, how accurate it was. Snapshots keep every deal of the
 * request (converted to the corporate currency), not only those in the period, so a deal pushed
 * out of the period shows as pushed rather than vanishing.
 */
public final class ForecastSnapshots {

    private final ForecastSnapshotRepository repository;
    private final PipelineForecaster forecaster;
    private final IdGenerator ids;

    /** Snapshot ids come from the host's id generator, like every other record's. */
    public ForecastSnapshots(ForecastSnapshotRepository repository, PipelineForecaster forecaster, IdGenerator ids) {
        this.repository = Preconditions.notNull(repository, "repository");
        this.forecaster = Preconditions.notNull(forecaster, "forecaster");
        this.ids = Preconditions.notNull(ids, "ids");
    }

    /** Forecasts the whole tenant as of {@code asOf} and stores the snapshot. */
    public ForecastSnapshot capture(TenantId tenantId, LocalDate asOf, ForecastRequest request) {
        PipelineForecast forecast = forecaster.forecast(request);
        return store(tenantId, asOf, forecast, PeriodDeals.converted(request));
    }

    /** One snapshot per owner, team or territory. */
    public List<ForecastSnapshot> captureBy(TenantId tenantId, LocalDate asOf, ForecastScope scope, ForecastRequest request) {
        List<ForecastDeal> deals = PeriodDeals.converted(request);
        List<ForecastSnapshot> out = new ArrayList<>();
        for (Map.Entry<String, PipelineForecast> e : forecaster.forecastBy(scope, request).entrySet()) {
            List<ForecastDeal> mine = deals.stream().filter(d -> scope.keyOf(d).equals(e.getKey())).toList();
            out.add(store(tenantId, asOf, e.getValue(), mine));
        }
        return out;
    }

    private ForecastSnapshot store(TenantId tenantId, LocalDate asOf, PipelineForecast f, List<ForecastDeal> deals) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(asOf, "asOf");
        ForecastSnapshot snapshot = new ForecastSnapshot(ids.next(), tenantId, asOf, f.period(), f.scope(),
                f.scopeKey(), f.closed(), f.commit(), f.bestCase(), f.weighted(), f.p10(), f.p50(), f.p90(), deals);
        repository.save(snapshot);
        return snapshot;
    }

    /**
     * Compares the latest snapshot of a period and scope taken on or before {@code asOf} with
     * the latest one taken on or before {@code since}; empty when either is missing.
     */
    public Optional<SnapshotComparison> changesBetween(TenantId tenantId, DateRange period, ForecastScope scope,
                                                       String scopeKey, LocalDate since, LocalDate asOf) {
        Optional<ForecastSnapshot> earlier = repository.findLatest(tenantId, period, scope, scopeKey, since);
        Optional<ForecastSnapshot> later = repository.findLatest(tenantId, period, scope, scopeKey, asOf);
        if (earlier.isEmpty() || later.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(forecaster.compare(earlier.get(), later.get()));
    }

    /** The accuracy of every stored snapshot of the period against what closed. */
    public List<ForecastAccuracy> accuracyOfPeriod(TenantId tenantId, DateRange period, Money actual) {
        return repository.findByPeriod(tenantId, period).stream().map(s -> forecaster.accuracy(s, actual)).toList();
    }
}
