package org.smartbizflow.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.scoring.evaluation.BinaryMetrics;
import org.smartbizflow.crm.scoring.evaluation.CalibrationBin;

/** Metrics against figures worked out by hand. */
class BinaryMetricsTest {

    private final double[] scores = {0.1, 0.4, 0.35, 0.8, 0.4};
    private final boolean[] outcomes = {false, false, true, true, true};

    @Test
    void rocAucCountsPairsAndHalvesTies() {
        // positives 0.35, 0.8, 0.4 against negatives 0.1, 0.4: wins 1+0, 1+1, 1+0.5 = 4.5 of 6
        assertThat(BinaryMetrics.rocAuc(scores, outcomes)).isCloseTo(4.5 / 6, within(1e-12));
    }

    @Test
    void averagePrecisionStepsThroughTiedGroups() {
        // 0.8 (+): precision 1, recall 1/3; tie at 0.4 (+,-): precision 2/3 at recall 2/3; 0.35 (+): 3/4 at 1
        assertThat(BinaryMetrics.prAuc(scores, outcomes)).isCloseTo((1 + 2.0 / 3 + 3.0 / 4) / 3, within(1e-12));
    }

    @Test
    void logLossAndBrier() {
        double[] p = {0.5, 0.9};
        boolean[] y = {true, false};
        assertThat(BinaryMetrics.logLoss(p, y)).isCloseTo((-Math.log(0.5) - Math.log(0.1)) / 2, within(1e-12));
        assertThat(BinaryMetrics.brier(p, y)).isCloseTo((0.25 + 0.81) / 2, within(1e-12));
    }

    @Test
    void calibrationTableAndErrorAndLift() {
        double[] p = new double[100];
        boolean[] y = new boolean[100];
        for (int i = 0; i < 100; i++) {
            p[i] = i / 100.0;
            y[i] = i >= 90;
        }
        List<CalibrationBin> bins = BinaryMetrics.calibrationTable(p, y);
        assertThat(bins).hasSize(10);
        assertThat(bins.get(9).observedRate()).isEqualTo(1.0);
        assertThat(bins.get(9).meanPredicted()).isCloseTo(0.945, within(1e-12));
        assertThat(bins.get(0).meanPredicted()).isCloseTo(0.045, within(1e-12));
        double expected = 0;
        for (CalibrationBin bin : bins) {
            expected += Math.abs(bin.meanPredicted() - bin.observedRate()) / 10;
        }
        assertThat(BinaryMetrics.expectedCalibrationError(bins)).isCloseTo(expected, within(1e-12));
        assertThat(BinaryMetrics.lift(p, y, 0.1)).isCloseTo(10, within(1e-12));
    }
}
