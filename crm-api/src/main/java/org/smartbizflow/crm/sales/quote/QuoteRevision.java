package org.smartbizflow.crm.sales.quote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.smartbizflow.crm.sales.lineitem.LineItem;
import org.smartbizflow.crm.sales.lineitem.LineTotals;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * An earlier revision of a quote as the customer saw it, kept when the quote was revised.
 *
 * @param revision   its number, from 1
 * @param lines      the lines it offered
 * @param validUntil the last day it could be accepted
 * @param status     how it ended (SENT, REJECTED or EXPIRED)
 * @param sentAt     when it was sent, or null if never
 */
public record QuoteRevision(int revision, List<LineItem> lines, LocalDate validUntil, QuoteStatus status,
                            Instant sentAt) {

    public QuoteRevision {
        Preconditions.check(revision >= 1, "revision", "must be 1 or more");
        lines = List.copyOf(Preconditions.notNull(lines, "lines"));
        Preconditions.notNull(validUntil, "validUntil");
        Preconditions.notNull(status, "status");
    }

    /** Totals of this revision in its lines' currency; empty revisions have none. */
    public LineTotals totals(java.util.Currency currency) {
        return LineTotals.of(currency, lines);
    }
}
