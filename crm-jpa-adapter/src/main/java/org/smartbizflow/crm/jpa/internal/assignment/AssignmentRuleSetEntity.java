package org.smartbizflow.crm.jpa.internal.assignment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.smartbizflow.crm.jpa.internal.shared.VersionedRecord;

/** A tenant's rule set, a row of {@code crm_assignment_rule_set} with its members and rules as ordered child rows. */
@Entity(name = "CrmAssignmentRuleSet")
@Table(name = "crm_assignment_rule_set")
class AssignmentRuleSetEntity implements VersionedRecord {

    @Id
    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "fallback_kind", length = 8)
    private String fallbackKind;

    @Column(name = "fallback_target", length = 128)
    private String fallbackTarget;

    @Column(name = "fallback_capacity")
    private Integer fallbackCapacity;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "crm_assignment_member", joinColumns = @JoinColumn(name = "tenant_id", nullable = false))
    @OrderColumn(name = "line_no", nullable = false)
    private List<MemberLine> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "crm_assignment_rule", joinColumns = @JoinColumn(name = "tenant_id", nullable = false))
    @OrderColumn(name = "line_no", nullable = false)
    private List<RuleLine> rules = new ArrayList<>();

    protected AssignmentRuleSetEntity() {
    }

    AssignmentRuleSetEntity(String tenantId) {
        this.tenantId = tenantId;
    }

    @Override
    public String recordType() {
        return "AssignmentRuleSet";
    }

    @Override
    public Object recordId() {
        return tenantId;
    }

    @Override
    public long loadedVersion() {
        return version;
    }

    String tenantId() {
        return tenantId;
    }

    String fallbackKind() {
        return fallbackKind;
    }

    String fallbackTarget() {
        return fallbackTarget;
    }

    Integer fallbackCapacity() {
        return fallbackCapacity;
    }

    void fallback(String kind, String target, Integer capacity) {
        this.fallbackKind = kind;
        this.fallbackTarget = target;
        this.fallbackCapacity = capacity;
    }

    long version() {
        return version;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    void updatedAt(Instant value) {
        this.updatedAt = value;
    }

    List<MemberLine> members() {
        return members;
    }

    List<RuleLine> rules() {
        return rules;
    }
}
