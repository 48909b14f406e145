package org.smartbizflow.crm.lead;

/** The channel a lead came in through. */
public enum LeadSource {
    MANUAL, WEB_FORM, IMPORT, API, REFERRAL, EVENT, EMAIL, PHONE, PARTNER, ADVERTISING, SOCIAL, OTHER
}
