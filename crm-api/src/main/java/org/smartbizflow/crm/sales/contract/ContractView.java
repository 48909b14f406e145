package org.smartbizflow.crm.sales.contract;

import java.time.Instant;
import java.time.LocalDate;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.quote.QuoteId;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * A contract as stored.
 *
 * @param id            identity
 * @param tenantId      tenant
 * @param opportunityId the deal it came from
 * @param quoteId       the accepted quote it came from, or null for a won deal without one
 * @param title         title, 1 to {@value Contract#TITLE_MAX} characters
 * @param value         the contract value for its whole term
 * @param startDate     first day
 * @param endDate       last day, not before the first
 * @param terms         renewal terms
 * @param status        where it stands
 * @param renewalOf     the contract it renews, or null
 * @param ownerId       who looks after it
 * @param createdAt     when it was made
 * @param updatedAt     when it last changed
 * @param version       optimistic-concurrency version
 */
public record ContractView(ContractId id, TenantId tenantId, OpportunityId opportunityId, QuoteId quoteId, String title,
                           Money value, LocalDate startDate, LocalDate endDate, RenewalTerms terms, ContractStatus status,
                           ContractId renewalOf, UserId ownerId, Instant createdAt, Instant updatedAt, long version) {

    public ContractView {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(opportunityId, "opportunityId");
        title = Preconditions.maxLength(Preconditions.notBlank(title, "title"), Contract.TITLE_MAX, "title");
        Preconditions.notNull(value, "value");
        Preconditions.check(!value.isNegative(), "value", "must not be negative: " + value);
        Preconditions.notNull(startDate, "startDate");
        Preconditions.notNull(endDate, "endDate");
        Preconditions.check(!endDate.isBefore(startDate), "endDate", "must not be before startDate " + startDate);
        Preconditions.notNull(terms, "terms");
        Preconditions.notNull(status, "status");
        Preconditions.notNull(ownerId, "ownerId");
        Preconditions.notNull(createdAt, "createdAt");
        Preconditions.notNull(updatedAt, "updatedAt");
    }

    /** The day by which the customer must give notice (or the renewal be decided): end date minus notice period. */
    public LocalDate renewalDueOn() {
        return endDate.minusDays(terms.noticePeriodDays());
    }

    public ContractView withVersion(long newVersion) {
        return new ContractView(id, tenantId, opportunityId, quoteId, title, value, startDate, endDate, terms, status,
                renewalOf, ownerId, createdAt, updatedAt, newVersion);
    }
}
