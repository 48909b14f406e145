package org.smartbizflow.crm.sales.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * A proposal document for a deal, with its status and every version of the document: the
 * aggregate keeps the history append-only, so what was sent can always be shown.
 */
public final class Proposal {

    public static final int TITLE_MAX = 200;

    private final ProposalId id;
    private final TenantId tenantId;
    private final OpportunityId opportunityId;
    private final String title;
    private ProposalStatus status;
    private final UserId ownerId;
    private final List<ProposalVersion> versions;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;
    private final List<ProposalEvent> events = new ArrayList<>();

    private Proposal(ProposalView state) {
        this.id = state.id();
        this.tenantId = state.tenantId();
        this.opportunityId = state.opportunityId();
        this.title = state.title();
        this.status = state.status();
        this.ownerId = state.ownerId();
        this.versions = new ArrayList<>(state.versions());
        this.createdAt = state.createdAt();
        this.updatedAt = state.updatedAt();
        this.version = state.version();
    }

    /** A new DRAFT proposal with its first document version. */
    public static Proposal create(ProposalId id, TenantId tenantId, OpportunityId opportunityId, String title,
                                  String documentUri, String fileName, String note, UserId actor, Instant now) {
        ProposalVersion first = new ProposalVersion(1, documentUri, fileName, note, actor, now);
        Proposal proposal = new Proposal(new ProposalView(id, tenantId, opportunityId, title, ProposalStatus.DRAFT, actor,
                List.of(first), now, now, 0));
        proposal.events.add(new ProposalEvent.ProposalVersionAdded(tenantId, id, opportunityId, 1, actor, now));
        return proposal;
    }

    public static Proposal restore(ProposalView state) {
        return new Proposal(Objects.requireNonNull(state, "state"));
    }

    /** Adds a document version; a SENT proposal goes back to DRAFT, a final one refuses. */
    public ProposalChange addVersion(String documentUri, String fileName, String note, UserId actor, Instant now) {
        ProposalVersion next = new ProposalVersion(versions.size() + 1, documentUri, fileName, note, actor, now);
        if (status.isFinal()) {
            return new ProposalChange.Refused(status, "a " + status + " proposal is final");
        }
        ProposalStatus from = status;
        versions.add(next);
        status = ProposalStatus.DRAFT;
        updatedAt = now;
        events.add(new ProposalEvent.ProposalVersionAdded(tenantId, id, opportunityId, next.number(), actor, now));
        if (from != status) {
            events.add(new ProposalEvent.ProposalStatusChanged(tenantId, id, from, status, actor, now));
        }
        return new ProposalChange.Changed(from, status);
    }

    /** Moves the proposal along its lifecycle, or says why it cannot. */
    public ProposalChange moveTo(ProposalStatus target, UserId actor, Instant now) {
        Preconditions.notNull(target, "status");
        if (!status.successors().contains(target)) {
            return new ProposalChange.Refused(status, "a " + status + " proposal cannot become " + target);
        }
        ProposalStatus from = status;
        status = target;
        updatedAt = now;
        events.add(new ProposalEvent.ProposalStatusChanged(tenantId, id, from, target, actor, now));
        return new ProposalChange.Changed(from, target);
    }

    public List<ProposalEvent> pullEvents() {
        List<ProposalEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public ProposalView view() {
        return new ProposalView(id, tenantId, opportunityId, title, status, ownerId, versions, createdAt, updatedAt,
                version);
    }

    public ProposalId id() {
        return id;
    }

    public long version() {
        return version;
    }
}
