package org.smartbizflow.crm.opportunity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * How far open deals' close dates were pushed out: the changes that moved a close date later.
 *
 * @param pushes      how many changes pushed a close date
 * @param dealsPushed how many deals had their close date pushed at least once
 * @param totalDays   the days pushed, summed
 */
public record Slippage(long pushes, long dealsPushed, long totalDays) {

    public Slippage {
        Preconditions.check(pushes >= 0 && dealsPushed >= 0 && totalDays >= 0 && dealsPushed <= pushes, "slippage",
                "counts must not be negative and deals not exceed pushes");
    }

    /** Days per push, two decimals; zero without pushes. */
    public BigDecimal averageDaysPerPush() {
        return pushes == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(totalDays).divide(BigDecimal.valueOf(pushes), 2, RoundingMode.HALF_EVEN);
    }
}
