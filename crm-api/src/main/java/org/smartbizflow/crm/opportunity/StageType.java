package org.smartbizflow.crm.opportunity;

/** Whether a deal in a stage is still being worked, or closed won or lost. */
public enum StageType {
    OPEN,
    WON,
    LOST;

    public boolean isClosed() {
        return this != OPEN;
    }
}
