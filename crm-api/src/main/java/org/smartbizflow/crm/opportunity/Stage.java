package org.smartbizflow.crm.opportunity;

import java.util.EnumSet;
import java.util.Set;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.shared.Percentage;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * One step of a pipeline. A won stage is always 100% and {@link ForecastCategory#CLOSED}, a lost
 * one 0% and {@link ForecastCategory#OMITTED}, so that closed deals count the same in every
 * roll-up whatever the host configures; open stages may use any other category.
 *
 * @param id                 identity, stable across renames and reordering
 * @param name               display name, unique within the pipeline (ignoring case)
 * @param defaultProbability the probability a deal gets on entering the stage
 * @param category           the forecast category a deal gets on entering the stage
 * @param type               open, won or lost
 * @param requiredFields     fields a deal must have set to enter the stage
 */
public record Stage(StageId id, String name, Percentage defaultProbability, ForecastCategory category, StageType type,
                    Set<OpportunityField> requiredFields) {

    public static final int NAME_MAX = 100;

    public Stage {
        Preconditions.notNull(id, "stage.id");
        name = Preconditions.maxLength(Preconditions.notBlank(name, "stage.name"), NAME_MAX, "stage.name");
        Preconditions.notNull(defaultProbability, "stage.defaultProbability");
        Preconditions.notNull(category, "stage.category");
        Preconditions.notNull(type, "stage.type");
        requiredFields = requiredFields == null || requiredFields.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(requiredFields));
        switch (type) {
            case WON -> {
                Preconditions.check(category == ForecastCategory.CLOSED, "stage.category",
                        "of the won stage '" + name + "' must be CLOSED");
                Preconditions.check(defaultProbability.value().compareTo(java.math.BigDecimal.valueOf(100)) == 0,
                        "stage.defaultProbability", "of the won stage '" + name + "' must be 100");
            }
            case LOST -> {
                Preconditions.check(category == ForecastCategory.OMITTED, "stage.category",
                        "of the lost stage '" + name + "' must be OMITTED");
                Preconditions.check(defaultProbability.value().signum() == 0, "stage.defaultProbability",
                        "of the lost stage '" + name + "' must be 0");
            }
            case OPEN -> Preconditions.check(category != ForecastCategory.CLOSED, "stage.category",
                    "of the open stage '" + name + "' must not be CLOSED (only won stages are)");
            default -> throw new IllegalStateException(type.name());
        }
    }

    /** An open stage without entry requirements. */
    public static Stage open(StageId id, String name, int probability, ForecastCategory category) {
        return new Stage(id, name, Percentage.of(probability), category, StageType.OPEN, Set.of());
    }

    public static Stage won(StageId id, String name) {
        return new Stage(id, name, Percentage.of(100), ForecastCategory.CLOSED, StageType.WON, Set.of());
    }

    public static Stage lost(StageId id, String name) {
        return new Stage(id, name, Percentage.of(0), ForecastCategory.OMITTED, StageType.LOST, Set.of());
    }

    public Stage requiring(OpportunityField... fields) {
        return new Stage(id, name, defaultProbability, category, type, Set.of(fields));
    }

    public Stage renamed(String newName) {
        return new Stage(id, newName, defaultProbability, category, type, requiredFields);
    }
}
