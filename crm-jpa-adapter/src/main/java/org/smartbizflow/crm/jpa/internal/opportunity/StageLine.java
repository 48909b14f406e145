package org.smartbizflow.crm.jpa.internal.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;

/** One stage of a pipeline, a row of {@code crm_pipeline_stage}; required fields as comma-separated names. */
@Embeddable
class StageLine {

    @Column(name = "tenant_id", nullable = false, length = 64)
    String tenantId;

    @Column(name = "stage_id", nullable = false)
    UUID stageId;

    @Column(name = "name", nullable = false, length = 100)
    String name;

    @Column(name = "default_probability", nullable = false, precision = 7, scale = 4)
    BigDecimal defaultProbability;

    @Column(name = "forecast_category", nullable = false, length = 16)
    String forecastCategory;

    @Column(name = "stage_type", nullable = false, length = 8)
    String stageType;

    @Column(name = "required_fields", nullable = false, length = 400)
    String requiredFields;

    protected StageLine() {
    }

    StageLine(String tenantId, UUID stageId, String name, BigDecimal defaultProbability, String forecastCategory,
              String stageType, String requiredFields) {
        this.tenantId = tenantId;
        this.stageId = stageId;
        this.name = name;
        this.defaultProbability = defaultProbability;
        this.forecastCategory = forecastCategory;
        this.stageType = stageType;
        this.requiredFields = requiredFields;
    }
}
