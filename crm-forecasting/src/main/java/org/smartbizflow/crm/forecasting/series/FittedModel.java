package org.smartbizflow.crm.forecasting.series;

/** A model fitted to one series, ready to forecast. Arrays are indexed by step minus one. */
interface FittedModel {

    /** Human-readable name with parameters. */
    String description();

    /** Stable family name. */
    String kind();

    /** Point forecasts for steps 1..h. */
    double[] point(int horizon);

    /**
     * Interval bounds for steps 1..h: {@code [0]} lower, {@code [1]} upper.
     *
     * @param level the coverage in (0, 1)
     */
    double[][] interval(int horizon, double level);

    /** Whether {@link #interval} simulates rather than uses a formula. */
    boolean simulated();

    /** Corrected Akaike information criterion, or NaN when the model has no likelihood. */
    double aicc();
}
