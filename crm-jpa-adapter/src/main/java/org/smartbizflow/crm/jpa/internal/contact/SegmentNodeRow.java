package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.smartbizflow.crm.contact.ContactCriteria;

/**
 * A row of {@code crm_contact_segment_node}: one condition or group of a segment's criteria
 * tree, stored in pre-order with a pointer to its parent. A structured table rather than a
 * serialised blob, so the stored criteria stay readable in SQL and are rebuilt through the
 * same constructors that validate them.
 */
@Entity(name = "CrmContactSegmentNode")
@Table(name = "crm_contact_segment_node")
@IdClass(SegmentNodeKey.class)
class SegmentNodeRow {

    private static final String ALL = "ALL";
    private static final String ANY = "ANY";
    private static final String NOT = "NOT";
    private static final String CONDITION = "COND";

    @Id
    @Column(name = "segment_id", nullable = false)
    private UUID segmentId;

    @Id
    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "parent_seq")
    private Integer parentSeq;

    @Column(name = "node_kind", nullable = false, length = 8)
    private String kind;

    @Column(name = "field_name", length = 16)
    private String field;

    @Column(name = "field_key", length = 64)
    private String fieldKey;

    @Column(name = "operator", length = 16)
    private String operator;

    @Column(name = "node_value", length = 1000)
    private String value;

    protected SegmentNodeRow() {
    }

    private SegmentNodeRow(UUID segmentId, int seq, String tenantId, Integer parentSeq, String kind) {
        this.segmentId = segmentId;
        this.seq = seq;
        this.tenantId = tenantId;
        this.parentSeq = parentSeq;
        this.kind = kind;
    }

    /** The rows of a criteria tree, root first (seq 0), children in order. */
    static List<SegmentNodeRow> rows(UUID segmentId, String tenantId, ContactCriteria criteria) {
        List<SegmentNodeRow> rows = new ArrayList<>();
        flatten(segmentId, tenantId, criteria, null, rows);
        return rows;
    }

    private static void flatten(UUID segmentId, String tenantId, ContactCriteria criteria, Integer parent,
                                List<SegmentNodeRow> rows) {
        int seq = rows.size();
        if (criteria instanceof ContactCriteria.All all) {
            rows.add(new SegmentNodeRow(segmentId, seq, tenantId, parent, ALL));
            all.parts().forEach(part -> flatten(segmentId, tenantId, part, seq, rows));
        } else if (criteria instanceof ContactCriteria.AnyOf any) {
            rows.add(new SegmentNodeRow(segmentId, seq, tenantId, parent, ANY));
            any.parts().forEach(part -> flatten(segmentId, tenantId, part, seq, rows));
        } else if (criteria instanceof ContactCriteria.Not not) {
            rows.add(new SegmentNodeRow(segmentId, seq, tenantId, parent, NOT));
            flatten(segmentId, tenantId, not.part(), seq, rows);
        } else {
            ContactCriteria.Condition condition = (ContactCriteria.Condition) criteria;
            SegmentNodeRow row = new SegmentNodeRow(segmentId, seq, tenantId, parent, CONDITION);
            row.field = condition.field().name();
            row.fieldKey = condition.key();
            row.operator = condition.operator().name();
            row.value = condition.value();
            rows.add(row);
        }
    }

    /** Rebuilds the tree from one segment's rows (in any order). */
    static ContactCriteria tree(List<SegmentNodeRow> rows) {
        Map<Integer, SegmentNodeRow> bySeq = new HashMap<>();
        Map<Integer, List<SegmentNodeRow>> children = new HashMap<>();
        for (SegmentNodeRow row : rows) {
            bySeq.put(row.seq, row);
        }
        rows.stream().sorted(java.util.Comparator.comparingInt(r -> r.seq)).filter(r -> r.parentSeq != null)
                .forEach(r -> children.computeIfAbsent(r.parentSeq, k -> new ArrayList<>()).add(r));
        SegmentNodeRow root = bySeq.get(0);
        if (root == null) {
            throw new IllegalStateException("a stored segment has no criteria root");
        }
        return root.build(children);
    }

    private ContactCriteria build(Map<Integer, List<SegmentNodeRow>> children) {
        List<ContactCriteria> parts = children.getOrDefault(seq, List.of()).stream().map(c -> c.build(children))
                .toList();
        return switch (kind) {
            case ALL -> new ContactCriteria.All(parts);
            case ANY -> new ContactCriteria.AnyOf(parts);
            case NOT -> new ContactCriteria.Not(parts.get(0));
            case CONDITION -> new ContactCriteria.Condition(ContactCriteria.Field.valueOf(field), fieldKey,
                    ContactCriteria.Operator.valueOf(operator), value);
            default -> throw new IllegalStateException("unknown criteria node kind " + kind);
        };
    }

    UUID segmentId() {
        return segmentId;
    }
}
