package org.smartbizflow.crm.lead;

/** Why two leads are taken for the same person. */
public enum DuplicateRule {
    /** The same normalised e-mail address. */
    EMAIL,
    /** The same E.164 phone number. */
    PHONE,
    /** Names and companies similar by Jaro-Winkler above the configured thresholds. */
    NAME_AND_COMPANY
}
