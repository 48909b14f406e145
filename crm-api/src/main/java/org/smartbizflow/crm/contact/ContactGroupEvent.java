package org.smartbizflow.crm.contact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** Events of saved segments and static lists: the groups marketing and sales address. */
public sealed interface ContactGroupEvent extends DomainEvent {

    /** The segment's or list's id. */
    UUID groupId();

    @Override
    default String aggregateId() {
        return groupId().toString();
    }

    /**
     * A segment or list was created, renamed, redefined or deleted.
     *
     * @param tenantId   tenant
     * @param kind       segment or list
     * @param groupId    its id
     * @param name       its name after the change (before it, for a deletion)
     * @param change     CREATED, CHANGED or DELETED
     * @param changedBy  who did it
     * @param occurredAt when
     */
    record ContactGroupChanged(TenantId tenantId, SegmentCount.Kind kind, UUID groupId, String name, Change change,
                               UserId changedBy, Instant occurredAt) implements ContactGroupEvent {
    }

    /**
     * Contacts joined or left a static list in one bulk call.
     *
     * @param tenantId   tenant
     * @param groupId    the list
     * @param added      the contacts added
     * @param removed    the contacts removed
     * @param changedBy  who did it
     * @param occurredAt when
     */
    record ListMembersChanged(TenantId tenantId, UUID groupId, List<ContactId> added, List<ContactId> removed,
                              UserId changedBy, Instant occurredAt) implements ContactGroupEvent {
        public ListMembersChanged {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }

    /** What happened to a segment or list. */
    enum Change {
        CREATED, CHANGED, DELETED
    }
}
