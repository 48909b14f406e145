package org.smartbizflow.crm.opportunity;

import java.math.BigDecimal;

/**
 * Velocity and conversion of one stage, derived from the stage history.
 *
 * @param stage              the stage
 * @param entered            deals that were ever in the stage
 * @param exits              moves out of the stage
 * @param averageDaysInStage days deals spent in the stage before leaving it (two decimals), or null without exits
 * @param advanced           moves out of the stage to a later stage of the pipeline (won included)
 * @param conversionRate     {@code advanced / entered} as a fraction (four decimals), or null when none entered
 */
public record StageFlow(Stage stage, long entered, long exits, BigDecimal averageDaysInStage, long advanced,
                        BigDecimal conversionRate) {
}
