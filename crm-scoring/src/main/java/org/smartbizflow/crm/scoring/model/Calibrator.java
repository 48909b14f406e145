package org.smartbizflow.crm.scoring.model;

/**
 * Maps a model's log-odds to a calibrated probability. Every implementation is
 * non-decreasing, so calibration never changes which of two records ranks higher.
 */
public sealed interface Calibrator permits Calibrator.Uncalibrated, PlattCalibrator, IsotonicCalibrator {

    /** The probability for log-odds {@code z}. */
    double probability(double z);

    CalibrationMethod method();

    /** The plain logistic link. */
    record Uncalibrated() implements Calibrator {
        @Override
        public double probability(double z) {
            return LogisticRegression.sigmoid(z);
        }

        @Override
        public CalibrationMethod method() {
            return CalibrationMethod.NONE;
        }
    }
}
