package org.smartbizflow.crm.lead;

import java.time.LocalDate;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * What qualification found out about a lead, BANT-style, and the decision taken. Every field
 * is optional: teams record what they learn.
 *
 * @param budget            the budget the prospect has (Budget)
 * @param decisionMaker     whether the contact can decide or sign (Authority)
 * @param need              the need in the prospect's words (Need)
 * @param decisionBy        when the prospect means to decide (Timeline)
 * @param disqualifiedFor   the reason code when the lead was disqualified, else null
 * @param disqualifyNote    free text with the reason, else null
 */
public record Qualification(Money budget, Boolean decisionMaker, String need, LocalDate decisionBy,
                            ReasonCode disqualifiedFor, String disqualifyNote) {

    public static final int TEXT_MAX = 1000;

    public Qualification {
        need = Preconditions.maxLength(Preconditions.blankToNull(need), TEXT_MAX, "need");
        disqualifyNote = Preconditions.maxLength(Preconditions.blankToNull(disqualifyNote), TEXT_MAX, "disqualifyNote");
        Preconditions.check(budget == null || !budget.isNegative(), "budget", "must not be negative");
    }

    /** BANT findings without a decision. */
    public static Qualification bant(Money budget, Boolean decisionMaker, String need, LocalDate decisionBy) {
        return new Qualification(budget, decisionMaker, need, decisionBy, null, null);
    }

    Qualification disqualified(ReasonCode reason, String note) {
        return new Qualification(budget, decisionMaker, need, decisionBy, reason, note);
    }

    Qualification cleared() {
        return new Qualification(budget, decisionMaker, need, decisionBy, null, null);
    }
}
