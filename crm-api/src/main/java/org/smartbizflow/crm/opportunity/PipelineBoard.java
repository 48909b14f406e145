package org.smartbizflow.crm.opportunity;

import java.util.Currency;
import java.util.List;
import org.smartbizflow.crm.shared.Money;

/**
 * A pipeline as columns of deals by stage, with counts and totals in the corporate currency.
 *
 * @param pipeline the pipeline
 * @param currency the corporate currency every amount is in
 * @param columns  one per stage, in pipeline order (empty stages included)
 * @param count    deals on the board
 * @param total    their amounts
 * @param weighted their amounts weighted by probability
 */
public record PipelineBoard(PipelineView pipeline, Currency currency, List<Column> columns, long count, Money total,
                            Money weighted) {

    public PipelineBoard {
        columns = List.copyOf(columns);
    }

    /**
     * One stage of the board.
     *
     * @param stage    the stage
     * @param count    deals in it
     * @param total    their amounts
     * @param weighted their amounts weighted by probability
     */
    public record Column(Stage stage, long count, Money total, Money weighted) {
    }

    public Column column(String stageName) {
        return columns.stream().filter(c -> c.stage().name().equalsIgnoreCase(stageName)).findFirst().orElseThrow();
    }
}
