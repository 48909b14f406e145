package org.smartbizflow.crm.jpa.internal.sales;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.contract.ContractId;
import org.smartbizflow.crm.sales.contract.ContractStatus;
import org.smartbizflow.crm.sales.contract.ContractView;
import org.smartbizflow.crm.sales.contract.RenewalTerms;
import org.smartbizflow.crm.sales.lineitem.Discount;
import org.smartbizflow.crm.sales.lineitem.LineItem;
import org.smartbizflow.crm.sales.lineitem.LineItemId;
import org.smartbizflow.crm.sales.lineitem.LineItemsView;
import org.smartbizflow.crm.sales.product.PriceBook;
import org.smartbizflow.crm.sales.product.PriceBookId;
import org.smartbizflow.crm.sales.product.PriceEntry;
import org.smartbizflow.crm.sales.product.Product;
import org.smartbizflow.crm.sales.product.ProductId;
import org.smartbizflow.crm.sales.proposal.ProposalId;
import org.smartbizflow.crm.sales.proposal.ProposalStatus;
import org.smartbizflow.crm.sales.proposal.ProposalVersion;
import org.smartbizflow.crm.sales.proposal.ProposalView;
import org.smartbizflow.crm.sales.quote.QuoteId;
import org.smartbizflow.crm.sales.quote.QuoteNumber;
import org.smartbizflow.crm.sales.quote.QuoteRevision;
import org.smartbizflow.crm.sales.quote.QuoteStatus;
import org.smartbizflow.crm.sales.quote.QuoteView;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Percentage;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * Between the sales domain and its rows. Decimals come back from the database at the
 * column's scale; quantities and rates are given back without trailing zeros (the domain's
 * normal form), amounts at their currency's scale.
 */
final class SalesMapper {

    private SalesMapper() {
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    // products and price books

    static void copyInto(Product product, ProductEntity row) {
        row.sku = product.sku();
        row.name = product.name();
        row.description = product.description();
        row.active = product.active();
        row.createdAt = product.createdAt();
        row.updatedAt = product.updatedAt();
    }

    static Product toProduct(ProductEntity row) {
        return new Product(ProductId.of(row.id), TenantId.of(row.tenantId), row.sku, row.name, row.description,
                row.active, row.version, row.createdAt, row.updatedAt);
    }

    static void copyInto(PriceBook book, PriceBookEntity row) {
        row.name = book.name();
        row.standardMarker = book.standard() ? PriceBookEntity.STANDARD : null;
        row.updatedAt = book.updatedAt();
        row.entries.clear();
        for (PriceEntry entry : book.entries()) {
            PriceEntryRow line = new PriceEntryRow();
            line.tenantId = book.tenantId().value();
            line.productId = entry.productId().value();
            line.listPrice = entry.listPrice().amount();
            line.currency = entry.listPrice().currency().getCurrencyCode();
            line.validFrom = entry.validFrom();
            line.validTo = entry.validTo();
            row.entries.add(line);
        }
    }

    static PriceBook toPriceBook(PriceBookEntity row) {
        List<PriceEntry> entries = row.entries.stream()
                .map(e -> new PriceEntry(ProductId.of(e.productId), Money.of(e.listPrice, e.currency), e.validFrom,
                        e.validTo))
                .toList();
        return new PriceBook(PriceBookId.of(row.id), TenantId.of(row.tenantId), row.name,
                PriceBookEntity.STANDARD.equals(row.standardMarker), entries, row.version, row.updatedAt);
    }

    // lines

    static LineRow toRow(String tenantId, int revision, LineItem line) {
        LineRow row = new LineRow();
        row.tenantId = tenantId;
        row.revision = revision;
        row.id = line.id().value();
        row.productId = line.productId() == null ? null : line.productId().value();
        row.description = line.description();
        row.quantity = line.quantity();
        row.unitPrice = line.unitPrice().amount();
        row.currency = line.currency().getCurrencyCode();
        row.discountKind = line.discount().kind();
        row.discountValue = line.discount().value();
        row.taxRate = line.taxRate().value();
        return row;
    }

    static LineItem toLine(LineRow row) {
        Currency currency = Money.currency(row.currency);
        return new LineItem(LineItemId.of(row.id), row.productId == null ? null : ProductId.of(row.productId),
                row.description, plain(row.quantity), Money.of(row.unitPrice, currency),
                Discount.restore(row.discountKind, plain(row.discountValue), currency), new Percentage(plain(row.taxRate)));
    }

    static void copyInto(LineItemsView items, LineItemsEntity row) {
        row.currency = items.currency().getCurrencyCode();
        row.updatedAt = items.updatedAt();
        row.lines.clear();
        for (LineItem line : items.lines()) {
            row.lines.add(toRow(items.tenantId().value(), 0, line));
        }
    }

    static LineItemsView toLineItems(LineItemsEntity row) {
        return new LineItemsView(OpportunityId.of(row.opportunityId), TenantId.of(row.tenantId),
                Money.currency(row.currency), row.lines.stream().map(SalesMapper::toLine).toList(), row.version,
                row.updatedAt);
    }

    // quotes

    static void copyInto(QuoteView quote, QuoteEntity row) {
        row.opportunityId = quote.opportunityId().value();
        row.number = quote.number().value();
        row.revision = quote.revision();
        row.status = quote.status().name();
        row.currency = quote.currency().getCurrencyCode();
        row.validUntil = quote.validUntil();
        row.ownerId = quote.ownerId().value();
        row.createdAt = quote.createdAt();
        row.updatedAt = quote.updatedAt();
        row.sentAt = quote.sentAt();
        row.decidedAt = quote.decidedAt();
        row.acceptedOpportunityId = quote.status() == QuoteStatus.ACCEPTED ? quote.opportunityId().value() : null;
        row.lines.clear();
        row.history.clear();
        for (QuoteRevision previous : quote.history()) {
            QuoteRevisionRow revision = new QuoteRevisionRow();
            revision.revision = previous.revision();
            revision.validUntil = previous.validUntil();
            revision.status = previous.status().name();
            revision.sentAt = previous.sentAt();
            row.history.add(revision);
            for (LineItem line : previous.lines()) {
                row.lines.add(toRow(quote.tenantId().value(), previous.revision(), line));
            }
        }
        for (LineItem line : quote.lines()) {
            row.lines.add(toRow(quote.tenantId().value(), quote.revision(), line));
        }
    }

    static QuoteView toQuote(QuoteEntity row) {
        List<QuoteRevision> history = new ArrayList<>();
        for (QuoteRevisionRow revision : row.history) {
            history.add(new QuoteRevision(revision.revision, linesOf(row, revision.revision), revision.validUntil,
                    QuoteStatus.valueOf(revision.status), revision.sentAt));
        }
        return new QuoteView(QuoteId.of(row.id), TenantId.of(row.tenantId), OpportunityId.of(row.opportunityId),
                QuoteNumber.of(row.number), row.revision, QuoteStatus.valueOf(row.status), Money.currency(row.currency),
                linesOf(row, row.revision), row.validUntil, UserId.of(row.ownerId), row.createdAt, row.updatedAt,
                row.sentAt, row.decidedAt, history, row.version);
    }

    private static List<LineItem> linesOf(QuoteEntity row, int revision) {
        return row.lines.stream().filter(l -> l.revision == revision).map(SalesMapper::toLine).toList();
    }

    // proposals

    static void copyInto(ProposalView proposal, ProposalEntity row) {
        row.opportunityId = proposal.opportunityId().value();
        row.title = proposal.title();
        row.status = proposal.status().name();
        row.ownerId = proposal.ownerId().value();
        row.createdAt = proposal.createdAt();
        row.updatedAt = proposal.updatedAt();
        // versions are append-only: keep the stored rows and add the new ones
        for (int i = row.versions.size(); i < proposal.versions().size(); i++) {
            ProposalVersion version = proposal.versions().get(i);
            ProposalVersionRow line = new ProposalVersionRow();
            line.number = version.number();
            line.documentUri = version.documentUri();
            line.fileName = version.fileName();
            line.note = version.note();
            line.authorId = version.author().value();
            line.addedAt = version.addedAt();
            row.versions.add(line);
        }
    }

    static ProposalView toProposal(ProposalEntity row) {
        List<ProposalVersion> versions = row.versions.stream()
                .map(v -> new ProposalVersion(v.number, v.documentUri, v.fileName, v.note, UserId.of(v.authorId), v.addedAt))
                .toList();
        return new ProposalView(ProposalId.of(row.id), TenantId.of(row.tenantId), OpportunityId.of(row.opportunityId),
                row.title, ProposalStatus.valueOf(row.status), UserId.of(row.ownerId), versions, row.createdAt,
                row.updatedAt, row.version);
    }

    // contracts

    static void copyInto(ContractView contract, ContractEntity row) {
        row.opportunityId = contract.opportunityId().value();
        row.quoteId = contract.quoteId() == null ? null : contract.quoteId().value();
        row.title = contract.title();
        row.valueAmount = contract.value().amount();
        row.valueCurrency = contract.value().currency().getCurrencyCode();
        row.startDate = contract.startDate();
        row.endDate = contract.endDate();
        row.autoRenew = contract.terms().autoRenew();
        row.noticeDays = contract.terms().noticePeriodDays();
        row.renewalDueOn = contract.renewalDueOn();
        row.status = contract.status().name();
        row.renewalOf = contract.renewalOf() == null ? null : contract.renewalOf().value();
        row.ownerId = contract.ownerId().value();
        row.createdAt = contract.createdAt();
        row.updatedAt = contract.updatedAt();
    }

    static ContractView toContract(ContractEntity row) {
        return new ContractView(ContractId.of(row.id), TenantId.of(row.tenantId), OpportunityId.of(row.opportunityId),
                row.quoteId == null ? null : QuoteId.of(row.quoteId), row.title, Money.of(row.valueAmount, row.valueCurrency),
                row.startDate, row.endDate, new RenewalTerms(row.autoRenew, row.noticeDays),
                ContractStatus.valueOf(row.status), row.renewalOf == null ? null : ContractId.of(row.renewalOf),
                UserId.of(row.ownerId), row.createdAt, row.updatedAt, row.version);
    }
}
