package org.smartbizflow.crm.lead.assignment;

import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.UserId;

/**
 * A member of an assignment team and how many open leads (NEW, WORKING, NURTURING,
 * QUALIFIED) the member may own before round-robin passes them by.
 *
 * @param user         the member
 * @param maxOpenLeads the capacity, at least 1
 */
public record TeamMember(UserId user, int maxOpenLeads) {

    public TeamMember {
        Preconditions.notNull(user, "member.user");
        Preconditions.check(maxOpenLeads >= 1, "member.maxOpenLeads", "must be at least 1");
    }

    public static TeamMember of(String user, int maxOpenLeads) {
        return new TeamMember(UserId.of(user), maxOpenLeads);
    }
}
