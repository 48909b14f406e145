package org.smartbizflow.crm.jpa.internal.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** What routing knows about a lead, a row of {@code crm_lead_profile}. */
@Entity(name = "CrmLeadProfile")
@Table(name = "crm_lead_profile")
class LeadProfileEntity {

    @Id
    @Column(name = "lead_id", nullable = false)
    private UUID leadId;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "country", length = 2)
    private String country;

    @Column(name = "territory", length = 64)
    private String territory;

    @Column(name = "employees")
    private Integer employees;

    protected LeadProfileEntity() {
    }

    LeadProfileEntity(UUID leadId, String tenantId) {
        this.leadId = leadId;
        this.tenantId = tenantId;
    }

    UUID leadId() {
        return leadId;
    }

    String tenantId() {
        return tenantId;
    }

    String country() {
        return country;
    }

    String territory() {
        return territory;
    }

    Integer employees() {
        return employees;
    }

    void set(String newCountry, String newTerritory, Integer newEmployees) {
        this.country = newCountry;
        this.territory = newTerritory;
        this.employees = newEmployees;
    }
}
