package org.smartbizflow.crm.forecast;

/** How a deal in the history ended, if it has. Open deals tell nothing about win rates yet. */
public enum DealOutcome {
    WON, LOST, OPEN
}
