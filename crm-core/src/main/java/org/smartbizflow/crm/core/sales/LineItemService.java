package org.smartbizflow.crm.core.sales;

import java.util.Currency;
import java.util.Optional;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.lineitem.LineItem;
import org.smartbizflow.crm.sales.lineitem.LineItemId;
import org.smartbizflow.crm.sales.lineitem.LineItems;
import org.smartbizflow.crm.sales.lineitem.LineItemsView;
import org.smartbizflow.crm.sales.lineitem.port.in.AddLineItem;
import org.smartbizflow.crm.sales.lineitem.port.in.ChangeLineItem;
import org.smartbizflow.crm.sales.lineitem.port.in.OpportunityLineItems;
import org.smartbizflow.crm.sales.lineitem.port.out.LineItemRepository;
import org.smartbizflow.crm.sales.product.Product;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * The line-item use cases. Every change is audited as the line before and after, and sets
 * the deal amount to the new net total through the deal seam.
 */
final class LineItemService implements OpportunityLineItems {

    static final String RECORD_TYPE = "LineItem";

    private final SalesSupport sales;
    private final CatalogService catalog;
    private final LineItemRepository repository;

    LineItemService(SalesSupport sales, CatalogService catalog) {
        this.sales = sales;
        this.catalog = catalog;
        this.repository = sales.store().lineItems();
    }

    @Override
    public LineItemId add(AddLineItem command) {
        sales.runtime().validate(command);
        sales.requireDeal(Action.UPDATE, command.opportunityId());
        return sales.tx(() -> {
            Product product = command.productId() == null ? null : catalog.loadProduct(command.productId());
            if (product != null && !product.active()) {
                throw new ValidationException("productId", "product " + product.sku() + " is retired");
            }
            String description = command.description() != null ? command.description()
                    : product != null ? product.name() : null;
            Money unitPrice = command.unitPrice() != null ? command.unitPrice() : listPrice(command, product);
            LineItem line = new LineItem(new LineItemId(sales.nextId()), command.productId(), description,
                    command.quantity(), unitPrice, command.discount(), command.taxRate());
            Optional<LineItems> stored = repository.find(sales.tenant(), command.opportunityId());
            LineItems items = stored.orElseGet(() -> LineItems.start(command.opportunityId(), sales.tenant(),
                    line.currency(), sales.now()));
            items.add(line, sales.now());
            if (stored.isPresent()) {
                repository.update(items);
            } else {
                repository.insert(items);
            }
            sales.audit(RECORD_TYPE, command.opportunityId(), "line." + line.id(), null, describe(line));
            sales.deals().amountFromLines(command.opportunityId(), items.totals().net());
            return line.id();
        });
    }

    private Money listPrice(AddLineItem command, Product product) {
        if (product == null) {
            throw new ValidationException("unitPrice", "must be given for a line without a product");
        }
        Currency currency = command.currency();
        if (currency == null) {
            throw new ValidationException("currency", "must be given when the unit price is taken from the price book");
        }
        return catalog.listPrice(product.id(), currency, sales.today())
                .orElseThrow(() -> new ValidationException("unitPrice", "the standard price book has no price for "
                        + product.sku() + " in " + currency.getCurrencyCode() + " on " + sales.today()));
    }

    @Override
    public void change(ChangeLineItem command) {
        sales.runtime().validate(command);
        sales.requireDeal(Action.UPDATE, command.opportunityId());
        sales.tx(() -> {
            LineItems items = load(command.opportunityId());
            LineItem current = items.lines().stream().filter(l -> l.id().equals(command.lineItemId())).findFirst()
                    .orElseThrow(() -> new NotFoundException(RECORD_TYPE, command.lineItemId()));
            LineItem changed = new LineItem(current.id(), current.productId(), current.description(),
                    command.quantity() != null ? command.quantity() : current.quantity(),
                    command.unitPrice() != null ? command.unitPrice() : current.unitPrice(),
                    command.discount() != null ? command.discount() : current.discount(),
                    command.taxRate() != null ? command.taxRate() : current.taxRate());
            if (!changed.equals(current)) {
                items.replace(changed, sales.now());
                repository.update(items);
                sales.audit(RECORD_TYPE, command.opportunityId(), "line." + current.id(), describe(current),
                        describe(changed));
                sales.deals().amountFromLines(command.opportunityId(), items.totals().net());
            }
            return null;
        });
    }

    @Override
    public void remove(OpportunityId opportunityId, LineItemId lineItemId) {
        Preconditions.notNull(opportunityId, "opportunityId");
        Preconditions.notNull(lineItemId, "lineItemId");
        sales.requireDeal(Action.UPDATE, opportunityId);
        sales.tx(() -> {
            LineItems items = load(opportunityId);
            LineItem removed = items.remove(lineItemId, sales.now());
            repository.update(items);
            sales.audit(RECORD_TYPE, opportunityId, "line." + lineItemId, describe(removed), null);
            sales.deals().amountFromLines(opportunityId, items.totals().net());
            return null;
        });
    }

    @Override
    public Optional<LineItemsView> lineItems(OpportunityId opportunityId) {
        Preconditions.notNull(opportunityId, "opportunityId");
        sales.requireDeal(Action.READ, opportunityId);
        return sales.tx(() -> repository.find(sales.tenant(), opportunityId).map(LineItems::view));
    }

    LineItems load(OpportunityId opportunityId) {
        return repository.find(sales.tenant(), opportunityId)
                .orElseThrow(() -> new NotFoundException("LineItems", opportunityId));
    }

    private static String describe(LineItem line) {
        return line.quantity().toPlainString() + " x " + line.description() + " @ " + line.unitPrice()
                + (line.discount().value().signum() == 0 ? "" : " less " + line.discount().value().toPlainString()
                        + (line.discount() instanceof org.smartbizflow.crm.sales.lineitem.Discount.Percent ? "%" : ""))
                + " = " + line.net() + " net";
    }
}
