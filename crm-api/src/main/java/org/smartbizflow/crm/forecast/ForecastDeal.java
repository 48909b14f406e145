package org.smartbizflow.crm.forecast;

import java.time.LocalDate;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.UserId;

/**
 * One deal as the forecast sees it. Opportunities map onto this record so forecasting needs no
 * knowledge of the opportunity aggregate; a closed-won deal has category {@link ForecastCategory#CLOSED}
 * and probability 1.
 *
 * @param dealId         the deal's key, unique within one forecast
 * @param amount         the expected amount, not negative
 * @param winProbability the chance to win, 0 to 1 (a stage probability or a model's estimate)
 * @param expectedClose  the expected (or actual, when closed) close date
 * @param category       the forecast call
 * @param owner          the deal's owner
 * @param team           the owner's team, or null
 * @param territory      the territory, or null
 * @param pipeline       the pipeline the deal runs in, or null
 * @param stage          the current stage, or null
 */
public record ForecastDeal(String dealId, Money amount, double winProbability, LocalDate expectedClose,
                           ForecastCategory category, UserId owner, String team, String territory,
                           String pipeline, String stage) {

    public ForecastDeal {
        dealId = Preconditions.notBlank(dealId, "dealId");
        Preconditions.notNull(amount, "amount");
        Preconditions.check(!amount.isNegative(), "amount", "must not be negative: " + amount);
        Preconditions.check(winProbability >= 0.0 && winProbability <= 1.0, "winProbability",
                "must be between 0 and 1: " + winProbability);
        Preconditions.notNull(expectedClose, "expectedClose");
        Preconditions.notNull(category, "category");
        Preconditions.notNull(owner, "owner");
        team = Preconditions.blankToNull(team);
        territory = Preconditions.blankToNull(territory);
        pipeline = Preconditions.blankToNull(pipeline);
        stage = Preconditions.blankToNull(stage);
        if (category == ForecastCategory.CLOSED) {
            Preconditions.check(winProbability == 1.0, "winProbability", "must be 1 for a closed-won deal");
        }
    }

    /** An open deal with the fields a forecast needs and no team, territory, pipeline or stage. */
    public static ForecastDeal open(String dealId, Money amount, double winProbability, LocalDate expectedClose,
                                    ForecastCategory category, UserId owner) {
        return new ForecastDeal(dealId, amount, winProbability, expectedClose, category, owner, null, null, null, null);
    }

    /** A won deal closed on {@code closedOn}. */
    public static ForecastDeal won(String dealId, Money amount, LocalDate closedOn, UserId owner) {
        return new ForecastDeal(dealId, amount, 1.0, closedOn, ForecastCategory.CLOSED, owner, null, null, null, null);
    }

    public ForecastDeal withTeam(String newTeam) {
        return new ForecastDeal(dealId, amount, winProbability, expectedClose, category, owner, newTeam, territory, pipeline, stage);
    }

    public ForecastDeal withTerritory(String newTerritory) {
        return new ForecastDeal(dealId, amount, winProbability, expectedClose, category, owner, team, newTerritory, pipeline, stage);
    }

    public ForecastDeal withStage(String newPipeline, String newStage) {
        return new ForecastDeal(dealId, amount, winProbability, expectedClose, category, owner, team, territory, newPipeline, newStage);
    }

    public ForecastDeal withAmount(Money newAmount) {
        return new ForecastDeal(dealId, newAmount, winProbability, expectedClose, category, owner, team, territory, pipeline, stage);
    }

    public ForecastDeal withExpectedClose(LocalDate newClose) {
        return new ForecastDeal(dealId, amount, winProbability, newClose, category, owner, team, territory, pipeline, stage);
    }

    public ForecastDeal withProbability(double newProbability) {
        return new ForecastDeal(dealId, amount, newProbability, expectedClose, category, owner, team, territory, pipeline, stage);
    }

    public boolean isClosedWon() {
        return category == ForecastCategory.CLOSED;
    }
}
