package org.smartbizflow.crm.account.port.in;

import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.TerritoryId;

/**
 * One account a realignment would move to another territory.
 *
 * @param accountId the account
 * @param legalName its name, for showing the preview
 * @param from      its territory now, or null
 * @param to        the territory the rules give it, or null when no rule matches any more
 * @param version   the account version the preview saw; apply skips an account changed since
 */
public record Reassignment(AccountId accountId, String legalName, TerritoryId from, TerritoryId to, long version) {
}
