package org.smartbizflow.crm.opportunity.port.in;

import java.util.Set;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.opportunity.OpportunityField;
import org.smartbizflow.crm.opportunity.Stage;
import org.smartbizflow.crm.opportunity.StageId;
import org.smartbizflow.crm.opportunity.StageType;
import org.smartbizflow.crm.shared.Percentage;

/**
 * A stage as a host describes it when creating or editing a pipeline: an existing stage keeps
 * its id (so deals stay in it), a new one has none and gets one.
 *
 * @param id                 the existing stage's id, or null for a new stage
 * @param name               display name
 * @param defaultProbability probability on entry
 * @param category           forecast category on entry
 * @param type               open, won or lost
 * @param requiredFields     entry requirements
 */
public record StageDefinition(StageId id, String name, Percentage defaultProbability, ForecastCategory category,
                              StageType type, Set<OpportunityField> requiredFields) {

    public static StageDefinition open(String name, int probability, ForecastCategory category,
                                       OpportunityField... required) {
        return new StageDefinition(null, name, Percentage.of(probability), category, StageType.OPEN, Set.of(required));
    }

    public static StageDefinition won(String name, OpportunityField... required) {
        return new StageDefinition(null, name, Percentage.of(100), ForecastCategory.CLOSED, StageType.WON,
                Set.of(required));
    }

    public static StageDefinition lost(String name, OpportunityField... required) {
        return new StageDefinition(null, name, Percentage.of(0), ForecastCategory.OMITTED, StageType.LOST,
                Set.of(required));
    }

    /** The definition of a stored stage, to keep it as it is (or change it with a new record). */
    public static StageDefinition of(Stage stage) {
        return new StageDefinition(stage.id(), stage.name(), stage.defaultProbability(), stage.category(),
                stage.type(), stage.requiredFields());
    }

    public Stage toStage(StageId assigned) {
        return new Stage(id != null ? id : assigned, name, defaultProbability, category, type, requiredFields);
    }
}
