package org.smartbizflow.crm.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.forecast.DealHistory;
import org.smartbizflow.crm.forecast.DealOutcome;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.forecast.ForecastDeal;
import org.smartbizflow.crm.forecast.WinRate;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.UserId;

class HistoricalWinRatesTest {

    private static DealHistory history(int i, String segment, String amount, DealOutcome outcome, String... stages) {
        return new DealHistory("d" + i, "sales", segment, Money.of(amount, "EUR"), List.of(stages), outcome,
                LocalDate.parse("2026-01-01"), outcome == DealOutcome.OPEN ? null : LocalDate.parse("2026-02-01"));
    }

    private static List<DealHistory> sample() {
        List<DealHistory> h = new ArrayList<>();
        int i = 0;
        // SMB: 10 reached proposal, 6 won; enterprise: 3 reached proposal, 1 won.
        for (int k = 0; k < 6; k++) {
            h.add(history(i++, "smb", "1000.00", DealOutcome.WON, "qualify", "proposal", "negotiate"));
        }
        for (int k = 0; k < 4; k++) {
            h.add(history(i++, "smb", "1000.00", DealOutcome.LOST, "qualify", "proposal"));
        }
        h.add(history(i++, "enterprise", "90000.00", DealOutcome.WON, "qualify", "proposal", "negotiate"));
        h.add(history(i++, "enterprise", "90000.00", DealOutcome.LOST, "qualify", "proposal", "negotiate"));
        h.add(history(i++, "enterprise", "90000.00", DealOutcome.LOST, "qualify", "proposal"));
        for (int k = 0; k < 7; k++) {
            h.add(history(i++, "smb", "1000.00", DealOutcome.LOST, "qualify"));
        }
        h.add(history(i, "smb", "1000.00", DealOutcome.OPEN, "qualify", "proposal"));
        return h;
    }

    @Test
    void ratesComeFromTheMostSpecificCellWithEnoughDeals() {
        HistoricalWinRates rates = HistoricalWinRates.learn(sample(), 5, List.of(new BigDecimal("10000")), null);
        WinRate smb = rates.winRate("sales", "proposal", "smb", Money.of("500.00", "EUR"));
        assertThat(smb.rate()).isCloseTo(0.6, within(1e-12));
        assertThat(smb.closed()).isEqualTo(10);
        assertThat(smb.source()).isEqualTo("segment and size band");
        // Enterprise has 3 closed deals: below the minimum, so the whole stage (13 deals, 7 won) answers.
        WinRate enterprise = rates.winRate("sales", "proposal", "enterprise", Money.of("90000.00", "EUR"));
        assertThat(enterprise.source()).isEqualTo("pipeline stage");
        assertThat(enterprise.rate()).isCloseTo(7.0 / 13, within(1e-12));
    }

    @Test
    void fallsBackToThePipelineDefault() {
        HistoricalWinRates configured = HistoricalWinRates.learn(sample(), 50, List.of(), (p, s) -> 0.25);
        assertThat(configured.winRate("sales", "proposal", null, Money.of("1.00", "EUR")))
                .isEqualTo(new WinRate(0.25, 0, 0, "default"));
        HistoricalWinRates learnt = HistoricalWinRates.learn(sample(), 50, List.of(), null);
        WinRate overall = learnt.winRate("sales", "proposal", null, Money.of("1.00", "EUR"));
        assertThat(overall.source()).isEqualTo("pipeline overall");
        assertThat(overall.rate()).isCloseTo(7.0 / 20, within(1e-12));
    }

    @Test
    void stageConversionCountsDealsThatMovedOn() {
        HistoricalWinRates rates = HistoricalWinRates.learn(sample(), 5, List.of(), null);
        WinRate conversion = rates.conversion("sales", "qualify", "proposal");
        assertThat(conversion.closed()).isEqualTo(20);
        assertThat(conversion.wins()).isEqualTo(13);
        assertThat(rates.conversion("sales", "proposal", "negotiate").rate()).isCloseTo(8.0 / 13, within(1e-12));
    }

    @Test
    void appliesHistoricalRatesToOpenDeals() {
        HistoricalWinRates rates = HistoricalWinRates.learn(sample(), 5, List.of(), null);
        ForecastDeal deal = ForecastDeal.open("x", Money.of("100.00", "EUR"), 0.9, LocalDate.parse("2027-01-01"),
                ForecastCategory.COMMIT, UserId.of("u")).withStage("sales", "proposal");
        assertThat(rates.apply(deal, "smb").winProbability()).isCloseTo(0.6, within(1e-12));
        ForecastDeal noStage = deal.withStage(null, null);
        assertThat(rates.apply(noStage, "smb")).isEqualTo(noStage);
    }
}
