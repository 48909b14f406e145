package org.smartbizflow.crm.opportunity;

import java.util.Arrays;
import java.util.Set;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.UserId;

/**
 * Which deals a search, board or summary covers. Empty sets and nulls mean "any"; all given
 * criteria must hold.
 *
 * @param pipelineId  deals of this pipeline
 * @param stages      deals in one of these stages
 * @param stageTypes  deals in a stage of one of these types (open, won, lost)
 * @param owners      deals owned by one of these users
 * @param teams       deals of one of these teams
 * @param territories deals in one of these territories
 * @param categories  deals with one of these forecast categories
 * @param closing     deals whose expected (or actual) close date falls in this range
 * @param account     deals of this account only, or null for any
 */
public record OpportunityFilter(PipelineId pipelineId, Set<StageId> stages, Set<StageType> stageTypes,
                                Set<UserId> owners, Set<String> teams, Set<String> territories,
                                Set<ForecastCategory> categories, DateRange closing, AccountId account) {

    public OpportunityFilter {
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        stageTypes = stageTypes == null ? Set.of() : Set.copyOf(stageTypes);
        owners = owners == null ? Set.of() : Set.copyOf(owners);
        teams = teams == null ? Set.of() : Set.copyOf(teams);
        territories = territories == null ? Set.of() : Set.copyOf(territories);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }

    public static OpportunityFilter any() {
        return new OpportunityFilter(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null);
    }

    public OpportunityFilter inPipeline(PipelineId pipeline) {
        return new OpportunityFilter(pipeline, stages, stageTypes, owners, teams, territories, categories, closing,
                account);
    }

    public OpportunityFilter inStages(StageId... values) {
        return new OpportunityFilter(pipelineId, Set.of(values), stageTypes, owners, teams, territories, categories,
                closing, account);
    }

    public OpportunityFilter ofTypes(StageType... values) {
        return new OpportunityFilter(pipelineId, stages, Set.of(values), owners, teams, territories, categories,
                closing, account);
    }

    public OpportunityFilter withOwners(Set<UserId> values) {
        return new OpportunityFilter(pipelineId, stages, stageTypes, values, teams, territories, categories, closing,
                account);
    }

    public OpportunityFilter withOwners(UserId... values) {
        return withOwners(Set.copyOf(Arrays.asList(values)));
    }

    public OpportunityFilter withTeams(String... values) {
        return new OpportunityFilter(pipelineId, stages, stageTypes, owners, Set.of(values), territories, categories,
                closing, account);
    }

    public OpportunityFilter withTerritories(String... values) {
        return new OpportunityFilter(pipelineId, stages, stageTypes, owners, teams, Set.of(values), categories,
                closing, account);
    }

    public OpportunityFilter withCategories(ForecastCategory... values) {
        return new OpportunityFilter(pipelineId, stages, stageTypes, owners, teams, territories, Set.of(values),
                closing, account);
    }

    public OpportunityFilter closingIn(DateRange range) {
        return new OpportunityFilter(pipelineId, stages, stageTypes, owners, teams, territories, categories, range,
                account);
    }

    public OpportunityFilter forAccount(AccountId value) {
        return new OpportunityFilter(pipelineId, stages, stageTypes, owners, teams, territories, categories, closing,
                value);
    }

    /** Does the deal satisfy every criterion? The in-memory reference for what queries return. */
    public boolean matches(OpportunityView deal) {
        return (pipelineId == null || pipelineId.equals(deal.pipelineId()))
                && (stages.isEmpty() || stages.contains(deal.stageId()))
                && (stageTypes.isEmpty() || stageTypes.contains(deal.stageType()))
                && (owners.isEmpty() || owners.contains(deal.ownerId()))
                && (teams.isEmpty() || (deal.team() != null && teams.contains(deal.team())))
                && (territories.isEmpty() || (deal.territory() != null && territories.contains(deal.territory())))
                && (categories.isEmpty() || categories.contains(deal.forecastCategory()))
                && (closing == null || closing.contains(deal.expectedCloseDate()))
                && (account == null || account.equals(deal.accountId()));
    }
}
