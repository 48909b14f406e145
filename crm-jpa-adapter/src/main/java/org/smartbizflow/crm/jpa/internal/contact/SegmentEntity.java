package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.Segment;
import org.smartbizflow.crm.contact.SegmentId;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** A row of {@code crm_contact_segment}; the criteria live in {@link SegmentNodeRow}s. */
@Entity(name = "CrmContactSegment")
@Table(name = "crm_contact_segment")
class SegmentEntity {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "name_key", nullable = false, length = 100)
    private String nameKey;

    @Column(name = "owner_id", nullable = false, length = 128)
    private String ownerId;

    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SegmentEntity() {
    }

    SegmentEntity(Segment segment) {
        this.id = segment.id().value();
        this.tenantId = segment.tenantId().value();
        this.ownerId = segment.ownerId().value();
        this.createdAt = segment.createdAt();
        this.version = 0;
        copy(segment);
    }

    void copy(Segment segment) {
        this.name = segment.name();
        this.nameKey = key(segment.name());
        this.updatedAt = segment.updatedAt();
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    void advanceVersion() {
        version++;
    }

    UUID id() {
        return id;
    }

    String tenantId() {
        return tenantId;
    }

    long version() {
        return version;
    }

    Segment toDomain(ContactCriteria criteria) {
        return new Segment(SegmentId.of(id), TenantId.of(tenantId), name, criteria, UserId.of(ownerId), version,
                createdAt, updatedAt);
    }
}
