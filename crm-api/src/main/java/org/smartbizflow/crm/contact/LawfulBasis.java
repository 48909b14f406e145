package org.smartbizflow.crm.contact;

/** Why processing is lawful, after GDPR art. 6(1): what a consent record must name. */
public enum LawfulBasis {
    CONSENT, CONTRACT, LEGAL_OBLIGATION, VITAL_INTERESTS, PUBLIC_TASK, LEGITIMATE_INTERESTS
}
