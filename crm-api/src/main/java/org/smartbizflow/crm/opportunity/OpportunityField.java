package org.smartbizflow.crm.opportunity;

/**
 * The fields a stage can require before a deal may enter it (its entry requirements), e.g. a
 * proposal stage that needs an amount and a primary contact.
 */
public enum OpportunityField {
    ACCOUNT,
    PRIMARY_CONTACT,
    AMOUNT,
    NEXT_STEP,
    CONTACT_ROLES,
    COMPETITORS,
    LOST_REASON
}
