package org.smartbizflow.crm.lead.assignment;

import org.smartbizflow.crm.shared.UserId;

/**
 * The state an assignment decision depends on besides the rules and the lead: where each
 * team's rotation stands and how many open leads each user owns. The same rules, lead and
 * state always give the same decision.
 */
public interface RoutingState {

    /** The index of the member the team's rotation tries first (any int; taken modulo the team size). */
    int pointer(String team);

    /** How many open leads the user owns now. */
    long openLeads(UserId user);
}
