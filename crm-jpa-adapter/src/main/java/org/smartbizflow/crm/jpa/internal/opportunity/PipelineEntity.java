package org.smartbizflow.crm.jpa.internal.opportunity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.smartbizflow.crm.jpa.internal.shared.VersionedRecord;

/** A row of {@code crm_pipeline} with its stages, in order, in {@code crm_pipeline_stage}. */
@Entity(name = "CrmPipeline")
@Table(name = "crm_pipeline")
class PipelineEntity implements VersionedRecord {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "name", nullable = false, length = 100)
    String name;

    @Column(name = "default_marker")
    Short defaultMarker;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "crm_pipeline_stage", joinColumns = @JoinColumn(name = "pipeline_id", nullable = false))
    @OrderColumn(name = "line_no", nullable = false)
    List<StageLine> stages = new ArrayList<>();

    protected PipelineEntity() {
    }

    PipelineEntity(UUID id, String tenantId) {
        this.id = id;
        this.tenantId = tenantId;
    }

    @Override
    public String recordType() {
        return "Pipeline";
    }

    @Override
    public Object recordId() {
        return id;
    }

    @Override
    public long loadedVersion() {
        return version;
    }
}
