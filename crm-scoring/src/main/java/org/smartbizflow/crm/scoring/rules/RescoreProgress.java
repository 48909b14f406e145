package org.smartbizflow.crm.scoring.rules;

/** Receives progress of a bulk re-score, e.g. to drive a progress bar. */
@FunctionalInterface
public interface RescoreProgress {

    /** Called about every 1% of the work and once at the end. */
    void update(long done, long total);

    static RescoreProgress none() {
        return (done, total) -> { };
    }
}
