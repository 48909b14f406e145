package org.smartbizflow.crm.forecasting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.forecast.DistributionMethod;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.forecast.ForecastDeal;
import org.smartbizflow.crm.forecast.ForecastRequest;
import org.smartbizflow.crm.forecast.ForecastScope;
import org.smartbizflow.crm.forecast.PipelineForecast;
import org.smartbizflow.crm.forecast.Quota;
import org.smartbizflow.crm.forecast.QuotaProjection;
import org.smartbizflow.crm.forecast.port.out.PipelineForecaster;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.UserId;

/** The worked example of docs/forecasting.md, kept compiling and true. */
class ReadmeExampleTest {

    @Test
    void workedExample() {
        UserId ada = UserId.of("ada");
        UserId bob = UserId.of("bob");
        List<ForecastDeal> deals = List.of(
                ForecastDeal.won("D-1", Money.of("40000.00", "EUR"), LocalDate.parse("2027-01-20"), ada),
                ForecastDeal.open("D-2", Money.of("60000.00", "EUR"), 0.8, LocalDate.parse("2027-02-15"),
                        ForecastCategory.COMMIT, ada),
                ForecastDeal.open("D-3", Money.of("120000.00", "EUR"), 0.4, LocalDate.parse("2027-03-10"),
                        ForecastCategory.BEST_CASE, bob),
                ForecastDeal.open("D-4", Money.of("30000.00", "EUR"), 0.2, LocalDate.parse("2027-03-28"),
                        ForecastCategory.PIPELINE, bob));

        PipelineForecaster forecaster = PipelineForecastEngine.create();
        ForecastRequest q1 = ForecastRequest.of(DateRange.quarter(2027, 1), Currency.getInstance("EUR"), deals);
        PipelineForecast f = forecaster.forecast(q1);

        assertThat(f.closed()).isEqualTo(Money.of("40000.00", "EUR"));
        assertThat(f.commit()).isEqualTo(Money.of("100000.00", "EUR"));
        assertThat(f.bestCase()).isEqualTo(Money.of("220000.00", "EUR"));
        assertThat(f.weighted()).isEqualTo(Money.of("142000.00", "EUR"));
        assertThat(f.p10()).isEqualTo(Money.of("70000.00", "EUR"));
        assertThat(f.p50()).isEqualTo(Money.of("100000.00", "EUR"));
        assertThat(f.p90()).isEqualTo(Money.of("220000.00", "EUR"));
        assertThat(f.probabilityOfReaching(Money.of("150000.00", "EUR"))).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-9));

        PipelineForecast simulated = forecaster.forecast(q1.withMethod(DistributionMethod.monteCarlo(10_000, 42)));
        assertThat(simulated.p90()).isEqualTo(Money.of("220000.00", "EUR"));

        Map<String, PipelineForecast> byOwner = forecaster.forecastBy(ForecastScope.OWNER, q1);
        assertThat(byOwner.get("bob").bestCase()).isEqualTo(Money.of("120000.00", "EUR"));

        List<QuotaProjection> quotas = forecaster.projectQuotas(q1,
                List.of(Quota.forOwner("ada", DateRange.quarter(2027, 1), Money.of("90000.00", "EUR"))));
        assertThat(quotas.get(0).probabilityOfQuota()).isCloseTo(0.8, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(quotas.get(0).p50Attainment()).isCloseTo(100000.0 / 90000, org.assertj.core.api.Assertions.within(1e-9));
    }
}
