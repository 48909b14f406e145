package org.smartbizflow.crm.jpa.internal.account;

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
import java.util.UUID;
import org.smartbizflow.crm.account.AssignmentRule;
import org.smartbizflow.crm.account.RuleCondition;
import org.smartbizflow.crm.account.Territory;
import org.smartbizflow.crm.account.TerritoryId;
import org.smartbizflow.crm.jpa.internal.shared.VersionedRecord;
import org.smartbizflow.crm.shared.TenantId;

/** A row of {@code crm_territory} with its rule's conditions in {@code crm_territory_condition}. */
@Entity(name = "CrmTerritory")
@Table(name = "crm_territory")
class TerritoryEntity implements VersionedRecord {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "territory_key", nullable = false, length = 64)
    private String key;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "priority", nullable = false)
    private int priority;

    @Column(name = "rule_expression", length = 500)
    private String ruleExpression;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "crm_territory_condition", joinColumns = @JoinColumn(name = "territory_id"))
    @OrderColumn(name = "sort_order")
    private List<AccountRows.ConditionRow> conditions = new ArrayList<>();

    protected TerritoryEntity() {
    }

    TerritoryEntity(Territory territory) {
        this.id = territory.id().value();
        this.tenantId = territory.tenantId().value();
        copy(territory);
    }

    @Override
    public String recordType() {
        return "Territory";
    }

    @Override
    public Object recordId() {
        return id;
    }

    @Override
    public long loadedVersion() {
        return version;
    }

    String tenantId() {
        return tenantId;
    }

    long version() {
        return version;
    }

    void copy(Territory territory) {
        this.key = territory.key();
        this.name = territory.name();
        this.parentId = territory.parentId() == null ? null : territory.parentId().value();
        this.priority = territory.priority();
        this.createdAt = territory.createdAt();
        this.updatedAt = territory.updatedAt();
        AssignmentRule rule = territory.rule();
        this.ruleExpression = rule == null ? null : rule.expression();
        List<AccountRows.ConditionRow> rows = new ArrayList<>();
        if (rule != null) {
            for (RuleCondition c : rule.conditions()) {
                rows.add(new AccountRows.ConditionRow(tenantId, c.field(), c.operator().name(), c.value()));
            }
        }
        AccountEntity.replace(conditions, rows);
    }

    Territory toDomain() {
        AssignmentRule rule = ruleExpression == null ? null : new AssignmentRule(conditions.stream()
                .map(c -> RuleCondition.of(c.field(), RuleCondition.Operator.valueOf(c.operator()), c.value()))
                .toList(), ruleExpression);
        return new Territory(TerritoryId.of(id), TenantId.of(tenantId), key, name,
                parentId == null ? null : TerritoryId.of(parentId), priority, rule, version, createdAt, updatedAt);
    }
}
