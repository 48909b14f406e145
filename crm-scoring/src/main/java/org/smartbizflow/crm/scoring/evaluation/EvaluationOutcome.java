package org.smartbizflow.crm.scoring.evaluation;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * The result of a cross-validation: a report, or a refusal when the data cannot support
 * training in every fold (too few outcomes), as a value the caller can show.
 */
public sealed interface EvaluationOutcome permits EvaluationOutcome.Completed, EvaluationOutcome.Refused {

    /** The evaluation ran. */
    record Completed(EvaluationReport report) implements EvaluationOutcome {
        public Completed {
            Preconditions.notNull(report, "report");
        }
    }

    /** The evaluation could not run; {@code message} says why and what to do. */
    record Refused(String message) implements EvaluationOutcome {
        public Refused {
            Preconditions.notBlank(message, "message");
        }
    }
}
