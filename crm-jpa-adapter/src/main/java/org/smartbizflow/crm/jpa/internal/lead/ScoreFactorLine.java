package org.smartbizflow.crm.jpa.internal.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.smartbizflow.crm.scoring.Factor;

/**
 * One factor behind a stored lead score, a row of {@code crm_lead_score_factor}; its place in
 * the explanation is the row's {@code line_no}. The observed value is unbounded text, so that
 * whatever a scorer reports is kept as it was given.
 */
@Embeddable
class ScoreFactorLine {

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "name", nullable = false, length = LeadScoreEntity.FACTOR_NAME_LENGTH)
    private String name;

    @Column(name = "observed_value", nullable = false, length = LeadScoreEntity.LONG_TEXT)
    private String observedValue;

    @Column(name = "effect", nullable = false)
    private double effect;

    @Column(name = "unit", nullable = false, length = 16)
    private String unit;

    protected ScoreFactorLine() {
    }

    ScoreFactorLine(String tenantId, Factor factor) {
        this.tenantId = tenantId;
        this.name = factor.name();
        this.observedValue = factor.value();
        this.effect = factor.effect();
        this.unit = factor.unit().name();
    }

    Factor toFactor() {
        return new Factor(name, observedValue, effect, Factor.Unit.valueOf(unit));
    }

    /** Value equality, so the provider can tell which lines of a replaced explanation really changed. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof ScoreFactorLine line && Double.compare(effect, line.effect) == 0
                && Objects.equals(tenantId, line.tenantId) && Objects.equals(name, line.name)
                && Objects.equals(observedValue, line.observedValue) && Objects.equals(unit, line.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, name, observedValue, effect, unit);
    }
}
