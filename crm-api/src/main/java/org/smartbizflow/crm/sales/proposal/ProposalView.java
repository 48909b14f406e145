package org.smartbizflow.crm.sales.proposal;

import java.time.Instant;
import java.util.List;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * A proposal as stored, with every version of its document.
 *
 * @param id            identity
 * @param tenantId      tenant
 * @param opportunityId the deal it belongs to
 * @param title         title, 1 to {@value Proposal#TITLE_MAX} characters
 * @param status        where it stands
 * @param ownerId       who made it
 * @param versions      document versions, oldest first, never empty
 * @param createdAt     when it was made
 * @param updatedAt     when it last changed
 * @param version       optimistic-concurrency version
 */
public record ProposalView(ProposalId id, TenantId tenantId, OpportunityId opportunityId, String title,
                           ProposalStatus status, UserId ownerId, List<ProposalVersion> versions, Instant createdAt,
                           Instant updatedAt, long version) {

    public ProposalView {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(opportunityId, "opportunityId");
        title = Preconditions.maxLength(Preconditions.notBlank(title, "title"), Proposal.TITLE_MAX, "title");
        Preconditions.notNull(status, "status");
        Preconditions.notNull(ownerId, "ownerId");
        versions = List.copyOf(Preconditions.notNull(versions, "versions"));
        Preconditions.check(!versions.isEmpty(), "versions", "a proposal has at least one version");
        Preconditions.notNull(createdAt, "createdAt");
        Preconditions.notNull(updatedAt, "updatedAt");
    }

    /** The newest document version. */
    public ProposalVersion current() {
        return versions.get(versions.size() - 1);
    }

    public ProposalView withVersion(long newVersion) {
        return new ProposalView(id, tenantId, opportunityId, title, status, ownerId, versions, createdAt, updatedAt,
                newVersion);
    }
}
