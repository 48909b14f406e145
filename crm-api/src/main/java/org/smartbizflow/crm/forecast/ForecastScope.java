package org.smartbizflow.crm.forecast;

/**
 * Whose numbers a forecast adds up: the whole tenant, or one owner, team or territory. Roll-ups
 * by scope let a sales leader see each rep's call beside the team's.
 */
public enum ForecastScope {
    TENANT, OWNER, TEAM, TERRITORY;

    /** The key of the deal in this scope; {@code "(none)"} for a deal without a team or territory. */
    public String keyOf(ForecastDeal deal) {
        return switch (this) {
            case TENANT -> "tenant";
            case OWNER -> deal.owner().value();
            case TEAM -> deal.team() == null ? "(none)" : deal.team();
            case TERRITORY -> deal.territory() == null ? "(none)" : deal.territory();
        };
    }
}
