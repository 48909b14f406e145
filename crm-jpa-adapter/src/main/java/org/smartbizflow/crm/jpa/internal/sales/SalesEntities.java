package org.smartbizflow.crm.jpa.internal.sales;

import java.util.List;

/** The entity classes of the sales repositories, for the persistence unit. */
public final class SalesEntities {

    private SalesEntities() {
    }

    /** The entities and the embeddables of their child rows, which a host's own unit must list too. */
    public static List<Class<?>> entityClasses() {
        return List.of(ProductEntity.class, PriceBookEntity.class, LineItemsEntity.class, QuoteEntity.class,
                ProposalEntity.class, ContractEntity.class, LineRow.class, PriceEntryRow.class, QuoteRevisionRow.class,
                ProposalVersionRow.class);
    }
}
