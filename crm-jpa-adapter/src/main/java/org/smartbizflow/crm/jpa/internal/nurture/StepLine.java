package org.smartbizflow.crm.jpa.internal.nurture;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One step of a sequence, a row of {@code crm_nurture_step}: one column set for every kind of
 * step, the ones a kind does not use left null.
 */
@Embeddable
class StepLine {

    @Column(name = "step_key", nullable = false, length = 40)
    private String stepKey;

    @Column(name = "kind", nullable = false, length = 16)
    private String kind;

    @Column(name = "subject", length = 200)
    private String subject;

    @Column(name = "body", length = 10_000)
    private String body;

    @Column(name = "amount")
    private Integer amount;

    @Column(name = "wait_unit", length = 16)
    private String waitUnit;

    @Column(name = "engagement", length = 16)
    private String engagement;

    @Column(name = "email_step", length = 40)
    private String emailStep;

    @Column(name = "if_engaged", length = 40)
    private String ifEngaged;

    @Column(name = "otherwise_step", length = 40)
    private String otherwise;

    protected StepLine() {
    }

    StepLine(String stepKey, String kind, String subject, String body, Integer amount, String waitUnit, String engagement,
             String emailStep, String ifEngaged, String otherwise) {
        this.stepKey = stepKey;
        this.kind = kind;
        this.subject = subject;
        this.body = body;
        this.amount = amount;
        this.waitUnit = waitUnit;
        this.engagement = engagement;
        this.emailStep = emailStep;
        this.ifEngaged = ifEngaged;
        this.otherwise = otherwise;
    }

    String stepKey() {
        return stepKey;
    }

    String kind() {
        return kind;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    Integer amount() {
        return amount;
    }

    String waitUnit() {
        return waitUnit;
    }

    String engagement() {
        return engagement;
    }

    String emailStep() {
        return emailStep;
    }

    String ifEngaged() {
        return ifEngaged;
    }

    String otherwise() {
        return otherwise;
    }
}
