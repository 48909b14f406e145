package org.smartbizflow.crm.sales.product;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * A named list of list prices (the standard list, a partner list, a public-sector list), each
 * per product, currency and span of days. The invariant it keeps: for one product and
 * currency no two entries apply on the same day, so a price look-up has one answer.
 *
 * @param id        identity
 * @param tenantId  tenant
 * @param name      display name, unique per tenant, 1 to {@value #NAME_MAX} characters
 * @param standard  whether this is the tenant's default list (line items priced from it)
 * @param entries   the prices
 * @param version   optimistic-concurrency version
 * @param updatedAt when it last changed
 */
public record PriceBook(PriceBookId id, TenantId tenantId, String name, boolean standard, List<PriceEntry> entries,
                        long version, Instant updatedAt) {

    public static final int NAME_MAX = 200;

    public PriceBook {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        name = Preconditions.maxLength(Preconditions.notBlank(name, "name"), NAME_MAX, "name");
        entries = List.copyOf(Preconditions.notNull(entries, "entries"));
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                if (entries.get(i).overlaps(entries.get(j))) {
                    throw new ValidationException("validFrom", "the price of product " + entries.get(j).productId()
                            + " in " + entries.get(j).listPrice().currency().getCurrencyCode()
                            + " overlaps another price from " + entries.get(i).validFrom());
                }
            }
        }
        Preconditions.notNull(updatedAt, "updatedAt");
    }

    /** A new, empty price book at version 0. */
    public static PriceBook create(PriceBookId id, TenantId tenantId, String name, boolean standard, Instant now) {
        return new PriceBook(id, tenantId, name, standard, List.of(), 0, now);
    }

    /**
     * The book with a new price. An open-ended price of the same product and currency that
     * started earlier is closed the day before the new one starts; any other overlap is refused.
     */
    public PriceBook withPrice(PriceEntry entry, Instant now) {
        Preconditions.notNull(entry, "entry");
        List<PriceEntry> next = new ArrayList<>();
        for (PriceEntry existing : entries) {
            if (existing.overlaps(entry) && existing.validTo() == null && existing.validFrom().isBefore(entry.validFrom())) {
                next.add(new PriceEntry(existing.productId(), existing.listPrice(), existing.validFrom(),
                        entry.validFrom().minusDays(1)));
            } else {
                next.add(existing);
            }
        }
        next.add(entry);
        return new PriceBook(id, tenantId, name, standard, next, version, now);
    }

    /** The list price of the product in the currency on that day, if the book has one. */
    public Optional<Money> priceOf(ProductId productId, Currency currency, LocalDate day) {
        return entries.stream()
                .filter(e -> e.productId().equals(productId) && e.listPrice().currency().equals(currency)
                        && e.appliesOn(day))
                .map(PriceEntry::listPrice)
                .findFirst();
    }

    public PriceBook withVersion(long newVersion) {
        return new PriceBook(id, tenantId, name, standard, entries, newVersion, updatedAt);
    }
}
