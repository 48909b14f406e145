package org.smartbizflow.crm.lead.port.in;

import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.UserId;

/** What a bulk operation does to each selected lead. */
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

    /** Delete each lead. */
    record Delete() implements BulkLeadAction {
    }

    static BulkLeadAction assignTo(UserId owner) {
        return new AssignOwner(owner);
    }

    static BulkLeadAction moveTo(LeadStatus status) {
        return new ChangeStatus(status);
    }

    static BulkLeadAction delete() {
        return new Delete();
    }
}
