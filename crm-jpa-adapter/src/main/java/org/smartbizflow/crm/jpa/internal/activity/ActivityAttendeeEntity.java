package org.smartbizflow.crm.jpa.internal.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * A row of {@code crm_activity_attendee}: one invitee, in invitation order. Indexed by kind
 * and key so that a user's calendar and conflicts find the meetings they attend.
 */
@Entity(name = "CrmActivityAttendee")
@Table(name = "crm_activity_attendee")
class ActivityAttendeeEntity {

    @EmbeddedId
    Key id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "kind", nullable = false, length = 16)
    String kind;

    @Column(name = "attendee_key", nullable = false, length = 254)
    String attendeeKey;

    @Column(name = "name", length = 200)
    String name;

    @Column(name = "email", length = 254)
    String email;

    protected ActivityAttendeeEntity() {
    }

    /** Activity and position. */
    @Embeddable
    static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "activity_id", nullable = false)
        UUID activityId;

        @Column(name = "line_no", nullable = false)
        int position;

        protected Key() {
        }

        Key(UUID activityId, int position) {
            this.activityId = activityId;
            this.position = position;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && activityId.equals(key.activityId) && position == key.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(activityId, position);
        }
    }
}
