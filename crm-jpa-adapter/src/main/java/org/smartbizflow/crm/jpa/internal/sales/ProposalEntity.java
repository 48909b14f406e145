package org.smartbizflow.crm.jpa.internal.sales;

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
import org.smartbizflow.crm.jpa.internal.shared.VersionedRecord;

/** A row of {@code crm_proposal} with its document versions in {@code crm_proposal_version}. */
@Entity(name = "CrmProposal")
@Table(name = "crm_proposal")
class ProposalEntity implements VersionedRecord {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "opportunity_id", nullable = false)
    UUID opportunityId;

    @Column(name = "title", nullable = false, length = 200)
    String title;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "owner_id", nullable = false, length = 128)
    String ownerId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @ElementCollection
    @CollectionTable(name = "crm_proposal_version", joinColumns = @JoinColumn(name = "proposal_id", nullable = false))
    @OrderColumn(name = "line_no", nullable = false)
    List<ProposalVersionRow> versions = new ArrayList<>();

    protected ProposalEntity() {
    }

    ProposalEntity(UUID id, String tenantId) {
        this.id = id;
        this.tenantId = tenantId;
    }

    @Override
    public String recordType() {
        return "Proposal";
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
