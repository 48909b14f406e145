package org.smartbizflow.crm.sales.quote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.lineitem.LineItem;
import org.smartbizflow.crm.sales.lineitem.LineTotals;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * A quote as stored: its current revision in full and the earlier ones in {@code history}.
 *
 * @param id            identity, shared by every revision
 * @param tenantId      tenant
 * @param opportunityId the deal it prices
 * @param number        per-tenant number
 * @param revision      the current revision, from 1
 * @param status        status of the current revision
 * @param currency      currency of every line
 * @param lines         lines of the current revision
 * @param validUntil    last day the current revision may be accepted
 * @param ownerId       who made it (access decisions)
 * @param createdAt     when the quote was made
 * @param updatedAt     when it last changed
 * @param sentAt        when the current revision was sent, or null
 * @param decidedAt     when it was accepted, rejected or expired, or null
 * @param history       earlier revisions, oldest first
 * @param version       optimistic-concurrency version
 */
public record QuoteView(QuoteId id, TenantId tenantId, OpportunityId opportunityId, QuoteNumber number, int revision,
                        QuoteStatus status, Currency currency, List<LineItem> lines, LocalDate validUntil,
                        UserId ownerId, Instant createdAt, Instant updatedAt, Instant sentAt, Instant decidedAt,
                        List<QuoteRevision> history, long version) {

    public QuoteView {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(opportunityId, "opportunityId");
        Preconditions.notNull(number, "number");
        Preconditions.check(revision >= 1, "revision", "must be 1 or more");
        Preconditions.notNull(status, "status");
        Preconditions.notNull(currency, "currency");
        lines = List.copyOf(Preconditions.notNull(lines, "lines"));
        Preconditions.notNull(validUntil, "validUntil");
        Preconditions.notNull(ownerId, "ownerId");
        Preconditions.notNull(createdAt, "createdAt");
        Preconditions.notNull(updatedAt, "updatedAt");
        history = List.copyOf(Preconditions.notNull(history, "history"));
    }

    public LineTotals totals() {
        return LineTotals.of(currency, lines);
    }

    /**
     * When the quote reached its current status, which dates it for exchange rates and
     * reports: its decision (accepted, rejected, expired), else its sending, else its making.
     */
    public Instant datedAt() {
        return decidedAt != null ? decidedAt : sentAt != null ? sentAt : createdAt;
    }

    /** The quote's date in the zone: the day whose exchange rate converts it into another currency. */
    public LocalDate ratedOn(java.time.ZoneId zone) {
        return LocalDate.ofInstant(datedAt(), Preconditions.notNull(zone, "zone"));
    }

    /** The printed reference of the current revision, e.g. {@code Q-000042 rev. 2}. */
    public String reference() {
        return number + " rev. " + revision;
    }

    public QuoteView withVersion(long newVersion) {
        return new QuoteView(id, tenantId, opportunityId, number, revision, status, currency, lines, validUntil, ownerId,
                createdAt, updatedAt, sentAt, decidedAt, history, newVersion);
    }
}
