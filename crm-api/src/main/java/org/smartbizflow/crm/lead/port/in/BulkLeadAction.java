package org.smartbizflow.crm.lead.port.in;

import java.util.Set;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.UserId;

/** What a bulk operation does to each selected lead: assign, move, tag, untag or delete. */
public sealed interface BulkLeadAction {

    /**
     * Hand each lead to this owner.
     *
     * @param owner the new owner
     */
    record AssignOwner(UserId owner) implements BulkLeadAction {
        public AssignOwner {
            Preconditions.notNull(owner, "owner");
        }
    }

    /**
     * Move each lead to this status, where its lifecycle allows.
     *
     * @param status the target status
     */
    record ChangeStatus(LeadStatus status) implements BulkLeadAction {
        public ChangeStatus {
            Preconditions.notNull(status, "status");
        }
    }

    /**
     * Add these tags to each lead (those it already carries stay once).
     *
     * @param tags the tags, at least one
     */
    record AddTags(Set<Tag> tags) implements BulkLeadAction {
        public AddTags {
            tags = Set.copyOf(Preconditions.notNull(tags, "tags"));
            Preconditions.check(!tags.isEmpty(), "tags", "name at least one tag");
        }
    }

    /**
     * Remove these tags from each lead that carries them.
     *
     * @param tags the tags, at least one
     */
    record RemoveTags(Set<Tag> tags) implements BulkLeadAction {
        public RemoveTags {
            tags = Set.copyOf(Preconditions.notNull(tags, "tags"));
            Preconditions.check(!tags.isEmpty(), "tags", "name at least one tag");
        }
    }

    /** Delete each lead. */
    record Delete() implements BulkLeadAction {
    }

    static BulkLeadAction assignTo(UserId owner) {
        return new AssignOwner(owner);
    }

    static BulkLeadAction moveTo(LeadStatus status) {
        return new ChangeStatus(status);
    }

    static BulkLeadAction addTags(Tag... tags) {
        return new AddTags(Set.of(tags));
    }

    static BulkLeadAction removeTags(Tag... tags) {
        return new RemoveTags(Set.of(tags));
    }

    static BulkLeadAction delete() {
        return new Delete();
    }
}
