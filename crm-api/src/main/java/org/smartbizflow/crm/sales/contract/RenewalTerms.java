package org.smartbizflow.crm.sales.contract;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * How a contract renews: automatically unless notice is given, or only by agreement, and
 * how many days before the end notice (or the renewal decision) is due.
 *
 * @param autoRenew        whether the contract renews itself unless terminated in time
 * @param noticePeriodDays days before the end date by which notice is due, 0 to {@value #MAX_NOTICE_DAYS}
 */
public record RenewalTerms(boolean autoRenew, int noticePeriodDays) {

    public static final int MAX_NOTICE_DAYS = 3650;

    public RenewalTerms {
        Preconditions.check(noticePeriodDays >= 0 && noticePeriodDays <= MAX_NOTICE_DAYS, "noticePeriodDays",
                "must be between 0 and " + MAX_NOTICE_DAYS + ": " + noticePeriodDays);
    }

    public static RenewalTerms autoRenew(int noticePeriodDays) {
        return new RenewalTerms(true, noticePeriodDays);
    }

    public static RenewalTerms manual(int noticePeriodDays) {
        return new RenewalTerms(false, noticePeriodDays);
    }
}
