package org.smartbizflow.crm.account.port.in;

import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.TerritoryId;

/**
 * What applying a realignment did to one account.
 *
 * @param accountId the account
 * @param outcome   applied, skipped (changed since the preview) or failed
 * @param from      its territory before
 * @param to        the territory it was to get
 * @param reason    why it was skipped or failed, or null when applied
 */
public record RealignmentResult(AccountId accountId, Outcome outcome, TerritoryId from, TerritoryId to,
                                String reason) {

    /** The result of one account. */
    public enum Outcome { APPLIED, SKIPPED, FAILED }
}
