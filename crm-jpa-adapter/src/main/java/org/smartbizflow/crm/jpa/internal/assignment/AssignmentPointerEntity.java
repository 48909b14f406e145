package org.smartbizflow.crm.jpa.internal.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Where a team's rotation stands, a row of {@code crm_assignment_pointer}; locked while a lead is routed. */
@Entity(name = "CrmAssignmentPointer")
@Table(name = "crm_assignment_pointer")
@IdClass(AssignmentPointerEntity.Key.class)
class AssignmentPointerEntity {

    @Id
    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Id
    @Column(name = "team_key", nullable = false, length = 64)
    private String teamKey;

    @Column(name = "next_member", nullable = false)
    private int nextMember;

    protected AssignmentPointerEntity() {
    }

    AssignmentPointerEntity(String tenantId, String teamKey, int nextMember) {
        this.tenantId = tenantId;
        this.teamKey = teamKey;
        this.nextMember = nextMember;
    }

    int nextMember() {
        return nextMember;
    }

    void nextMember(int value) {
        this.nextMember = value;
    }

    /** The composite primary key. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String tenantId;
        private String teamKey;

        public Key() {
        }

        Key(String tenantId, String teamKey) {
            this.tenantId = tenantId;
            this.teamKey = teamKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(tenantId, key.tenantId) && Objects.equals(teamKey, key.teamKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, teamKey);
        }
    }
}
