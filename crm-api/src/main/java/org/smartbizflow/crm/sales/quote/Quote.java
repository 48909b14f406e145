package org.smartbizflow.crm.sales.quote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.lineitem.LineItem;
import org.smartbizflow.crm.sales.lineitem.LineTotals;
import org.smartbizflow.crm.shared.InvalidStateTransition;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * An offer to the customer made from a deal's lines. The aggregate guards what the customer
 * was shown: once sent, a quote's lines never change in place; revising it keeps the sent
 * revision in the history and starts a new DRAFT revision under the same number. Expiry is
 * by date: a sent quote whose last valid day has passed cannot be accepted, and
 * {@link #expire} records that.
 */
public final class Quote {

    private final QuoteId id;
    private final TenantId tenantId;
    private final OpportunityId opportunityId;
    private final QuoteNumber number;
    private int revision;
    private QuoteStatus status;
    private final Currency currency;
    private List<LineItem> lines;
    private LocalDate validUntil;
    private final UserId ownerId;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant sentAt;
    private Instant decidedAt;
    private final List<QuoteRevision> history;
    private final long version;
    private final List<QuoteEvent> events = new ArrayList<>();

    private Quote(QuoteView state) {
        this.id = state.id();
        this.tenantId = state.tenantId();
        this.opportunityId = state.opportunityId();
        this.number = state.number();
        this.revision = state.revision();
        this.status = state.status();
        this.currency = state.currency();
        this.lines = state.lines();
        this.validUntil = state.validUntil();
        this.ownerId = state.ownerId();
        this.createdAt = state.createdAt();
        this.updatedAt = state.updatedAt();
        this.sentAt = state.sentAt();
        this.decidedAt = state.decidedAt();
        this.history = new ArrayList<>(state.history());
        this.version = state.version();
    }

    /**
     * A new DRAFT quote, revision 1, of the lines (at least one, all in the currency).
     *
     * @param today the day it is made; {@code validUntil} may not be before it
     */
    public static Quote create(QuoteId id, TenantId tenantId, OpportunityId opportunityId, QuoteNumber number,
                               Currency currency, List<LineItem> lines, LocalDate validUntil, UserId actor,
                               Instant now, LocalDate today) {
        checkLines(currency, lines);
        checkValidUntil(validUntil, today);
        Quote quote = new Quote(new QuoteView(id, tenantId, opportunityId, number, 1, QuoteStatus.DRAFT, currency, lines,
                validUntil, actor, now, now, null, null, List.of(), 0));
        quote.events.add(new QuoteEvent.QuoteCreated(tenantId, id, opportunityId, number.value(),
                quote.totals().total(), actor, now));
        return quote;
    }

    public static Quote restore(QuoteView state) {
        return new Quote(Objects.requireNonNull(state, "state"));
    }

    private static void checkLines(Currency currency, List<LineItem> lines) {
        Preconditions.notNull(currency, "currency");
        Preconditions.notNull(lines, "lines");
        Preconditions.check(!lines.isEmpty(), "lines", "a quote needs at least one line");
        for (LineItem line : lines) {
            if (!line.currency().equals(currency)) {
                throw new ValidationException("lines", "every line must be in " + currency.getCurrencyCode()
                        + ": " + line.description() + " is in " + line.currency().getCurrencyCode());
            }
        }
    }

    private static void checkValidUntil(LocalDate validUntil, LocalDate today) {
        Preconditions.notNull(validUntil, "validUntil");
        Preconditions.check(!validUntil.isBefore(today), "validUntil", "must not be in the past: " + validUntil);
    }

    /**
     * Changes the lines and the validity. A DRAFT changes in place; a SENT, REJECTED or
     * EXPIRED quote keeps the current revision in its history and becomes a new DRAFT
     * revision; an ACCEPTED quote refuses.
     */
    public QuoteTransition revise(List<LineItem> newLines, LocalDate newValidUntil, UserId actor, Instant now,
                                  LocalDate today) {
        checkLines(currency, newLines);
        checkValidUntil(newValidUntil, today);
        if (!status.isRevisable()) {
            return new QuoteTransition.Refused(status, "an accepted quote cannot be revised");
        }
        QuoteStatus from = status;
        if (status != QuoteStatus.DRAFT) {
            history.add(new QuoteRevision(revision, lines, validUntil, status, sentAt));
            revision++;
            status = QuoteStatus.DRAFT;
            sentAt = null;
            decidedAt = null;
        }
        lines = List.copyOf(newLines);
        validUntil = newValidUntil;
        updatedAt = now;
        events.add(new QuoteEvent.QuoteRevised(tenantId, id, revision, totals().total(), actor, now));
        return new QuoteTransition.Changed(from, status);
    }

    /** DRAFT to SENT; refused once the validity has passed. */
    public QuoteTransition send(UserId actor, Instant now, LocalDate today) {
        if (status != QuoteStatus.DRAFT) {
            return refusal(QuoteStatus.SENT);
        }
        if (validUntil.isBefore(today)) {
            return new QuoteTransition.Refused(status, "the quote was valid until " + validUntil
                    + "; revise it with a new date before sending");
        }
        sentAt = now;
        return move(QuoteStatus.SENT, actor, now);
    }

    /** SENT to ACCEPTED, on or before the last valid day. */
    public QuoteTransition accept(UserId actor, Instant now, LocalDate today) {
        if (status != QuoteStatus.SENT) {
            return refusal(QuoteStatus.ACCEPTED);
        }
        if (isOverdue(today)) {
            return new QuoteTransition.Refused(status, "the quote expired after " + validUntil);
        }
        decidedAt = now;
        return move(QuoteStatus.ACCEPTED, actor, now);
    }

    /** SENT to REJECTED. */
    public QuoteTransition reject(UserId actor, Instant now) {
        if (status != QuoteStatus.SENT) {
            return refusal(QuoteStatus.REJECTED);
        }
        decidedAt = now;
        return move(QuoteStatus.REJECTED, actor, now);
    }

    /** SENT to EXPIRED, once the last valid day lies before {@code today}. */
    public QuoteTransition expire(UserId actor, Instant now, LocalDate today) {
        if (status != QuoteStatus.SENT) {
            return refusal(QuoteStatus.EXPIRED);
        }
        if (!isOverdue(today)) {
            return new QuoteTransition.Refused(status, "the quote is valid until " + validUntil);
        }
        decidedAt = now;
        return move(QuoteStatus.EXPIRED, actor, now);
    }

    /** Whether the quote is sent and its last valid day lies before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return status == QuoteStatus.SENT && validUntil.isBefore(today);
    }

    private QuoteTransition refusal(QuoteStatus target) {
        return new QuoteTransition.Refused(status, "a " + status + " quote cannot become " + target
                + (status.successors().isEmpty() ? "" : "; it can become " + status.successors()));
    }

    private QuoteTransition move(QuoteStatus target, UserId actor, Instant now) {
        if (!status.successors().contains(target)) {
            throw new InvalidStateTransition("Quote", status, target);
        }
        QuoteStatus from = status;
        status = target;
        updatedAt = now;
        events.add(new QuoteEvent.QuoteStatusChanged(tenantId, id, opportunityId, revision, from, target, actor, now));
        return new QuoteTransition.Changed(from, target);
    }

    public LineTotals totals() {
        return LineTotals.of(currency, lines);
    }

    /** Events recorded since the quote was created or loaded; the list is cleared. */
    public List<QuoteEvent> pullEvents() {
        List<QuoteEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public QuoteView view() {
        return new QuoteView(id, tenantId, opportunityId, number, revision, status, currency, lines, validUntil, ownerId,
                createdAt, updatedAt, sentAt, decidedAt, history, version);
    }

    public QuoteId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public OpportunityId opportunityId() {
        return opportunityId;
    }

    public QuoteStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}
