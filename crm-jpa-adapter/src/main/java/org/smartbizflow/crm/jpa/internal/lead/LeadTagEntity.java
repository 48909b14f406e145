package org.smartbizflow.crm.jpa.internal.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code crm_lead_tag}: one tag on one lead, so tag filters are index look-ups. */
@Entity(name = "CrmLeadTag")
@Table(name = "crm_lead_tag")
@IdClass(LeadTagEntity.Key.class)
class LeadTagEntity {

    @Id
    @Column(name = "lead_id", nullable = false)
    private UUID leadId;

    @Id
    @Column(name = "tag", nullable = false, length = 64)
    private String tag;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    protected LeadTagEntity() {
    }

    LeadTagEntity(UUID leadId, String tenantId, String tag) {
        this.leadId = leadId;
        this.tenantId = tenantId;
        this.tag = tag;
    }

    UUID leadId() {
        return leadId;
    }

    String tag() {
        return tag;
    }

    /** The composite primary key. */
    static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID leadId;
        private String tag;

        Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(leadId, k.leadId) && Objects.equals(tag, k.tag);
        }

        @Override
        public int hashCode() {
            return Objects.hash(leadId, tag);
        }
    }
}
