package org.smartbizflow.crm.lead;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * How leads are matched as duplicates, and what capturing a duplicate does.
 *
 * @param email            match on equal e-mail addresses
 * @param phone            match on equal phone numbers
 * @param nameThreshold    Jaro-Winkler similarity of normalised names at or above which names
 *                         match (0 to 1; 1 means equal)
 * @param companyThreshold similarity of normalised companies at or above which companies
 *                         match; a lead without company matches only another without one
 * @param blockOnCapture   refuse to capture a lead that duplicates a stored one
 */
public record DuplicateRules(boolean email, boolean phone, double nameThreshold, double companyThreshold,
                             boolean blockOnCapture) {

    public DuplicateRules {
        Preconditions.check(nameThreshold > 0 && nameThreshold <= 1, "nameThreshold", "must be in (0, 1]");
        Preconditions.check(companyThreshold > 0 && companyThreshold <= 1, "companyThreshold", "must be in (0, 1]");
    }

    /** E-mail, phone, names at 0.92 and companies at 0.90; captures are not blocked. */
    public static DuplicateRules defaults() {
        return new DuplicateRules(true, true, 0.92, 0.90, false);
    }

    public DuplicateRules blockingOnCapture() {
        return new DuplicateRules(email, phone, nameThreshold, companyThreshold, true);
    }

    public DuplicateRules withThresholds(double name, double company) {
        return new DuplicateRules(email, phone, name, company, blockOnCapture);
    }
}
