package org.smartbizflow.crm.scoring.feature;

import java.util.List;

/**
 * The fitted encoding of one raw attribute into one or more model columns. The fitted
 * statistics are part of the saved model, so a model applied later encodes exactly as it
 * did in training.
 */
public sealed interface ColumnEncoder permits NumericEncoder, CategoricalEncoder, BooleanEncoder, DateEncoder {

    /** The raw attribute it reads. */
    String name();

    /** The names of the columns it writes, {@link #width()} of them. */
    List<String> columnNames();

    default int width() {
        return columnNames().size();
    }

    /** Writes the encoded value into {@code out[offset .. offset + width)}. */
    void encode(Object value, double[] out, int offset);
}
