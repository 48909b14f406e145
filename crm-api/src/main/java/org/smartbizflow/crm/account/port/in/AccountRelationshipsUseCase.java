package org.smartbizflow.crm.account.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountRelationship;
import org.smartbizflow.crm.account.RelationshipGraph;

/** Typed links between accounts and the network they form. */
public interface AccountRelationshipsUseCase {

    /**
     * @return the new relationship's id
     * @throws org.smartbizflow.crm.shared.NotFoundException when either account is unknown
     */
    UUID relate(RelateAccounts command);

    /** Ends a relationship on that day (it holds through the day). */
    AccountRelationship endRelationship(UUID relationshipId, LocalDate endsOn);

    /** Every relationship of the account, either end, current or past. */
    List<AccountRelationship> relationships(AccountId account);

    /**
     * The accounts around {@code center} within {@code depth} hops (1 to
     * {@value #MAX_GRAPH_DEPTH}) over relationships active on {@code day}.
     */
    RelationshipGraph graph(AccountId center, int depth, LocalDate day);

    /** The deepest graph query accepted. */
    int MAX_GRAPH_DEPTH = 6;
}
