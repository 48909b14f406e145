package org.smartbizflow.crm.account;

import java.util.List;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * The accounts reachable from one account through relationships active on a day, up to a
 * number of hops, with the links between them: what a host draws as a network around an
 * account.
 *
 * @param center the account the walk started from
 * @param depth  the most hops walked
 * @param nodes  the accounts reached, with their distance in hops (0 for the centre), ordered
 *               by distance then id
 * @param links  the active relationships among those accounts
 */
public record RelationshipGraph(AccountId center, int depth, List<Node> nodes, List<AccountRelationship> links) {

    public RelationshipGraph {
        Preconditions.notNull(center, "center");
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    /**
     * An account in the graph.
     *
     * @param id        the account
     * @param legalName its name
     * @param distance  hops from the centre
     */
    public record Node(AccountId id, String legalName, int distance) {
    }
}
