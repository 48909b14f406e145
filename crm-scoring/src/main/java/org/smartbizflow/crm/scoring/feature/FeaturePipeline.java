package org.smartbizflow.crm.scoring.feature;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Turns raw records (domain attributes or CSV rows) into the numeric row a model scores.
 * Fitted once on training data and saved with the model, so training and scoring can never
 * encode differently. Rows are written into primitive arrays so batch scoring allocates
 * nothing per row.
 *
 * @param encoders one fitted encoder per raw attribute, in column order
 */
public record FeaturePipeline(List<ColumnEncoder> encoders) {

    public FeaturePipeline {
        Preconditions.notNull(encoders, "encoders");
        encoders = List.copyOf(encoders);
        Preconditions.check(!encoders.isEmpty(), "encoders", "a pipeline needs at least one feature");
    }

    /** Fits one encoder per spec on the training rows. */
    public static FeaturePipeline fit(List<FeatureSpec> specs, List<? extends Map<String, ?>> rows,
                                      PipelineOptions options) {
        Preconditions.notNull(specs, "specs");
        Preconditions.notNull(rows, "rows");
        Preconditions.notNull(options, "options");
        if (specs.isEmpty()) {
            throw new ValidationException("features", "no feature to train on: every column is excluded or empty");
        }
        List<ColumnEncoder> encoders = new ArrayList<>(specs.size());
        for (FeatureSpec spec : specs) {
            List<Object> values = new ArrayList<>(rows.size());
            for (Map<String, ?> row : rows) {
                values.add(row.get(spec.name()));
            }
            encoders.add(switch (spec.kind()) {
                case NUMERIC -> NumericEncoder.fit(spec.name(), values);
                case CATEGORICAL -> CategoricalEncoder.fit(spec.name(), values, options);
                case BOOLEAN -> BooleanEncoder.fit(spec.name(), values);
                case DATE -> DateEncoder.fit(spec.name(), values);
            });
        }
        return new FeaturePipeline(encoders);
    }

    /** The number of model columns a row becomes. */
    public int width() {
        int width = 0;
        for (ColumnEncoder encoder : encoders) {
            width += encoder.width();
        }
        return width;
    }

    /** The model column names, in order. */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>(width());
        for (ColumnEncoder encoder : encoders) {
            names.addAll(encoder.columnNames());
        }
        return names;
    }

    /** For every model column, the index of the raw attribute (encoder) it came from. */
    public int[] sourceOfColumns() {
        int[] source = new int[width()];
        int column = 0;
        for (int e = 0; e < encoders.size(); e++) {
            for (int i = 0; i < encoders.get(e).width(); i++) {
                source[column++] = e;
            }
        }
        return source;
    }

    /** The raw attribute names, in encoder order. */
    public List<String> featureNames() {
        return encoders.stream().map(ColumnEncoder::name).toList();
    }

    /** Encodes one record into {@code out[offset .. offset + width)}. */
    public void transform(Map<String, ?> row, double[] out, int offset) {
        int position = offset;
        for (ColumnEncoder encoder : encoders) {
            encoder.encode(row.get(encoder.name()), out, position);
            position += encoder.width();
        }
    }

    /** Encodes one record into a new array. */
    public double[] transform(Map<String, ?> row) {
        double[] out = new double[width()];
        transform(row, out, 0);
        return out;
    }

    /** Encodes many records into one row-major array of {@code rows.size() * width()} values. */
    public double[] transformAll(List<? extends Map<String, ?>> rows) {
        int width = width();
        double[] out = new double[rows.size() * width];
        for (int i = 0; i < rows.size(); i++) {
            transform(rows.get(i), out, i * width);
        }
        return out;
    }
}
