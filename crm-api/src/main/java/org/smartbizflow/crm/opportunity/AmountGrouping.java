package org.smartbizflow.crm.opportunity;

/** How {@link org.smartbizflow.crm.opportunity.port.out.OpportunityRepository#sumAmounts} groups deals. */
public enum AmountGrouping {
    /** By stage, then forecast category (a deal's call may differ from its stage's). */
    STAGE_AND_CATEGORY,
    /** By owner. */
    OWNER
}
