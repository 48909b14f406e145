package org.smartbizflow.crm.jpa.internal.lead;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadScore;
import org.smartbizflow.crm.scoring.Factor;
import org.smartbizflow.crm.scoring.Grade;

/**
 * A row of {@code crm_lead_score}: a lead's latest score, keyed by the lead, with its factors
 * in order in {@code crm_lead_score_factor}. A lead has at most one; saving another replaces
 * it in place. Enums are plain strings, as elsewhere.
 */
@Entity(name = "CrmLeadScore")
@Table(name = "crm_lead_score")
class LeadScoreEntity {

    /** The longest factor name (a rule id or feature name) the column holds. */
    static final int FACTOR_NAME_LENGTH = LeadScore.FACTOR_NAME_MAX;
    /** Unbounded text: {@code clob}, {@code text} or {@code longtext} depending on the database. */
    static final int LONG_TEXT = Integer.MAX_VALUE;

    @Id
    @Column(name = "lead_id", nullable = false)
    private UUID leadId;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "score_value", nullable = false)
    private double value;

    @Column(name = "grade", nullable = false, length = 8)
    private String grade;

    @Column(name = "scorer_version", nullable = false, length = LeadScore.VERSION_MAX)
    private String scorerVersion;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    @ElementCollection
    @CollectionTable(name = "crm_lead_score_factor", joinColumns = @JoinColumn(name = "lead_id", nullable = false))
    @OrderColumn(name = "line_no", nullable = false)
    private List<ScoreFactorLine> factors = new ArrayList<>();

    protected LeadScoreEntity() {
    }

    LeadScoreEntity(UUID leadId, String tenantId) {
        this.leadId = leadId;
        this.tenantId = tenantId;
    }

    UUID leadId() {
        return leadId;
    }

    String tenantId() {
        return tenantId;
    }

    /**
     * Takes the score's values and replaces the factors in place, so the provider rewrites only
     * the lines that changed. {@link LeadScore} keeps factor names within the column.
     */
    void assign(LeadScore score) {
        List<ScoreFactorLine> lines = new ArrayList<>(score.factors().size());
        for (Factor factor : score.factors()) {
            lines.add(new ScoreFactorLine(tenantId, factor));
        }
        this.value = score.value();
        this.grade = score.grade().name();
        this.scorerVersion = score.version();
        this.scoredAt = score.scoredAt();
        factors.clear();
        factors.addAll(lines);
    }

    LeadScore toScore() {
        return new LeadScore(LeadId.of(leadId), value, Grade.valueOf(grade), scorerVersion, scoredAt,
                factors.stream().map(ScoreFactorLine::toFactor).toList());
    }
}
