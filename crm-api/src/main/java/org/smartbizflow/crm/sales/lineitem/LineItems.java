package org.smartbizflow.crm.sales.lineitem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * The products on one deal: the aggregate that keeps every line in the deal's currency and
 * computes the totals a quote is made from and the deal amount can follow. Kept apart from
 * the opportunity so that a deal with hundreds of lines is not rewritten when its stage
 * moves.
 */
public final class LineItems {

    /** The most lines one deal may carry. */
    public static final int MAX_LINES = 500;

    private final OpportunityId opportunityId;
    private final TenantId tenantId;
    private final Currency currency;
    private final List<LineItem> lines;
    private final long version;
    private Instant updatedAt;

    private LineItems(LineItemsView state) {
        this.opportunityId = state.opportunityId();
        this.tenantId = state.tenantId();
        this.currency = state.currency();
        this.lines = new ArrayList<>(state.lines());
        this.version = state.version();
        this.updatedAt = state.updatedAt();
    }

    /** No lines yet for a deal in that currency. */
    public static LineItems start(OpportunityId opportunityId, TenantId tenantId, Currency currency, Instant now) {
        return new LineItems(new LineItemsView(opportunityId, tenantId, currency, List.of(), 0, now));
    }

    public static LineItems restore(LineItemsView state) {
        return new LineItems(Objects.requireNonNull(state, "state"));
    }

    /** Adds a line at the end; it must be in the deal's currency. */
    public void add(LineItem line, Instant now) {
        Preconditions.notNull(line, "line");
        requireCurrency(line);
        Preconditions.check(lines.size() < MAX_LINES, "lines", "a deal carries at most " + MAX_LINES + " lines");
        Preconditions.check(lines.stream().noneMatch(l -> l.id().equals(line.id())), "id",
                "the deal already has line " + line.id());
        lines.add(line);
        updatedAt = now;
    }

    /** Replaces the line with the same id, keeping its position; returns the line it replaced. */
    public LineItem replace(LineItem line, Instant now) {
        Preconditions.notNull(line, "line");
        requireCurrency(line);
        int index = indexOf(line.id());
        LineItem previous = lines.set(index, line);
        updatedAt = now;
        return previous;
    }

    /** Removes the line; returns it. */
    public LineItem remove(LineItemId id, Instant now) {
        LineItem removed = lines.remove(indexOf(id));
        updatedAt = now;
        return removed;
    }

    private int indexOf(LineItemId id) {
        Preconditions.notNull(id, "lineItemId");
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new NotFoundException("LineItem", id);
    }

    private void requireCurrency(LineItem line) {
        if (!line.currency().equals(currency)) {
            throw new ValidationException("unitPrice", "the deal's lines are in " + currency.getCurrencyCode()
                    + ", not " + line.currency().getCurrencyCode());
        }
    }

    public LineTotals totals() {
        return LineTotals.of(currency, lines);
    }

    public LineItemsView view() {
        return new LineItemsView(opportunityId, tenantId, currency, lines, version, updatedAt);
    }

    public OpportunityId opportunityId() {
        return opportunityId;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public Currency currency() {
        return currency;
    }

    public List<LineItem> lines() {
        return List.copyOf(lines);
    }

    public long version() {
        return version;
    }
}
