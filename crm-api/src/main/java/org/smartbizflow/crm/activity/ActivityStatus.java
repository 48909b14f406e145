package org.smartbizflow.crm.activity;

import java.util.Set;

/**
 * Where an activity stands. A planned activity may be completed or cancelled; both are final,
 * so an outcome, once recorded, stays.
 */
public enum ActivityStatus {
    PLANNED, COMPLETED, CANCELLED;

    public boolean isFinal() {
        return this != PLANNED;
    }

    /** The statuses this one may move to. */
    public Set<ActivityStatus> successors() {
        return this == PLANNED ? Set.of(COMPLETED, CANCELLED) : Set.of();
    }
}
