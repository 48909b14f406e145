package org.smartbizflow.crm.opportunity;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;

/**
 * The deals closing in a period summed by stage, by forecast category and by owner, in the
 * corporate currency.
 *
 * @param period     the close period
 * @param currency   the corporate currency
 * @param byStage    per stage id (stage name in {@link Row#label()})
 * @param byCategory per forecast category
 * @param byOwner    per owner id
 * @param total      all deals of the summary
 */
public record PipelineSummary(DateRange period, Currency currency, List<Row> byStage, List<Row> byCategory,
                              List<Row> byOwner, Row total) {

    public PipelineSummary {
        byStage = List.copyOf(byStage);
        byCategory = List.copyOf(byCategory);
        byOwner = List.copyOf(byOwner);
    }

    /**
     * One line of the summary.
     *
     * @param key      stage id, category name or owner id
     * @param label    what to show (stage name, category, owner id)
     * @param count    deals
     * @param total    their amounts
     * @param weighted their amounts weighted by probability
     */
    public record Row(String key, String label, long count, Money total, Money weighted) {
    }

    public Optional<Row> category(org.smartbizflow.crm.forecast.ForecastCategory category) {
        return byCategory.stream().filter(r -> r.key().equals(category.name())).findFirst();
    }

    public Optional<Row> owner(String ownerId) {
        return byOwner.stream().filter(r -> r.key().equals(ownerId)).findFirst();
    }
}
