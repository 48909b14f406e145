package org.smartbizflow.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.scoring.feature.CategoricalEncoder;
import org.smartbizflow.crm.scoring.feature.FeaturePipeline;
import org.smartbizflow.crm.scoring.feature.FeatureSpec;
import org.smartbizflow.crm.scoring.feature.PipelineOptions;
import org.smartbizflow.crm.scoring.model.BatchExplanations;
import org.smartbizflow.crm.scoring.model.Calibrator;
import org.smartbizflow.crm.scoring.model.ClassWeighting;
import org.smartbizflow.crm.scoring.model.IsotonicCalibrator;
import org.smartbizflow.crm.scoring.model.ModelMetadata;
import org.smartbizflow.crm.scoring.model.ModelTrainer;
import org.smartbizflow.crm.scoring.model.PlattCalibrator;
import org.smartbizflow.crm.scoring.model.ScoringModel;
import org.smartbizflow.crm.scoring.model.TrainingData;
import org.smartbizflow.crm.scoring.model.TrainingOptions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * The batch explanation path against the plainest reference: every effect from
 * {@code ScoringModel.effects}, filtered by sign, sorted strongest first with ties by name.
 * Coefficients and values are small dyadic numbers, so effects tie exactly and often.
 */
class BatchExplanationProperties {

    private static final String[] NAMES = {"usage", "age", "zeta", "beta", "minutes", "alpha", "calls", "mood"};
    private static final double[] STEPS = {-2, -1, -0.5, 0, 0.5, 1, 2};

    @Property(tries = 40)
    void batchExplanationsMatchTheReference(@ForAll long seed, @ForAll @IntRange(min = 0, max = 5) int k,
                                            @ForAll boolean isotonic) {
        SplittableRandom random = new SplittableRandom(seed);
        ScoringModel model = tieProneModel(random, isotonic);
        int rows = 300;
        int width = model.width();
        double[] x = encodedRows(rows, width, () -> STEPS[random.nextInt(STEPS.length)]);
        BatchExplanations out = new BatchExplanations(rows + 7, k);
        model.explainBatch(x, rows, out);
        double[] plain = new double[rows];
        model.scoreBatch(x, rows, plain);
        List<String> names = model.pipeline().featureNames();
        int ties = 0;
        assertThat(out.rows()).isEqualTo(rows);
        for (int i = 0; i < rows; i++) {
            assertThat(out.probability(i)).isEqualTo(plain[i]);
            double[] effects = model.effects(x, i * width);
            assertFactorsMatchTheReference(out, i, effects, names);
            for (int a = 0; a < effects.length; a++) {
                for (int b = a + 1; b < effects.length; b++) {
                    if (effects[a] != 0 && effects[a] == effects[b]) {
                        ties++;
                    }
                }
            }
        }
        assertThat(ties).as("the data must hold exact ties to test them").isGreaterThan(10);
    }

    @Property(tries = 30)
    void strongestEffectsMatchTheKeyOrderReference(@ForAll long seed, @ForAll boolean isotonic) {
        SplittableRandom random = new SplittableRandom(seed);
        ScoringModel model = tieProneModel(random, isotonic);
        int rows = 300;
        int width = model.width();
        double[] x = encodedRows(rows, width, () -> STEPS[random.nextInt(STEPS.length)]);
        double[] p = new double[rows];
        int[] top = new int[rows * 3];
        double[] effect = new double[rows * 3];
        model.explainBatch(x, rows, 3, p, top, effect);
        for (int i = 0; i < rows; i++) {
            double[] effects = model.effects(x, i * width);
            int[] expected = strongestByKey(effects);
            for (int t = 0; t < 3; t++) {
                assertThat(top[i * 3 + t]).isEqualTo(expected[t]);
                assertThat(effect[i * 3 + t]).isEqualTo(expected[t] < 0 ? 0 : effects[expected[t]]);
            }
        }
    }

    /** Up to 80 attributes: the batch forms take candidates from a 64-bit mask up to 64. */
    @Property(tries = 30)
    void explanationsOfOneColumnModelsMatchTheReferences(@ForAll long seed,
                                                         @ForAll @IntRange(min = 1, max = 80) int features) {
        SplittableRandom random = new SplittableRandom(seed);
        ScoringModel model = tieredModel(random, features);
        int rows = 400;
        int width = model.width();
        assertThat(width).isEqualTo(features);
        // mostly spread values; some steps, so that effects tie exactly, some steps moved by one
        // unit in the last place, so that effects differ in the lowest bits only, and some moved
        // by a relative 2^-16 or 2^-12, around the width of the buckets the 3 + 3 form ranks by
        double[] x = encodedRows(rows, width, () -> {
            int kind = random.nextInt(8);
            double step = STEPS[random.nextInt(STEPS.length)];
            return kind == 0 ? step : kind == 1 ? Math.nextUp(step) : kind == 2 ? step * (1 + 0x1p-16)
                    : kind == 3 ? step * (1 - 0x1p-12) : 3 * (random.nextDouble() - 0.5);
        });
        assertBothFormsMatchTheReferences(model, x, rows);
    }

    @Property(tries = 30)
    void explanationsOfExtremeEffectsMatchTheReferences(@ForAll long seed,
                                                       @ForAll @IntRange(min = 1, max = 40) int features) {
        SplittableRandom random = new SplittableRandom(seed);
        ScoringModel model = tieredModel(random, features);
        int rows = 1000;
        int width = model.width();
        // huge effects of both signs (their keys' differences must not overflow), effects below
        // the smallest normal number, zeros of both signs, and now and then an infinite value,
        // which makes the row's score infinite or not a number
        double[] x = encodedRows(rows, width, () -> {
            double sign = random.nextBoolean() ? 1 : -1;
            int kind = random.nextInt(100);
            return kind < 40 ? sign * 1e300 * (1 + random.nextInt(4))
                    : kind < 55 ? sign * Double.MIN_VALUE * random.nextInt(200)
                    : kind < 65 ? sign * 0.0
                    : kind == 65 ? sign * Double.POSITIVE_INFINITY
                    : 3 * (random.nextDouble() - 0.5);
        });
        assertBothFormsMatchTheReferences(model, x, rows);
        int finiteRowsWithHugeEffectsOfBothSigns = 0;
        for (int i = 0; i < rows; i++) {
            double[] effects = model.effects(x, i * width);
            boolean finite = Arrays.stream(effects).allMatch(Double::isFinite);
            if (finite && Arrays.stream(effects).anyMatch(e -> e > 1e290)
                    && Arrays.stream(effects).anyMatch(e -> e < -1e290)) {
                finiteRowsWithHugeEffectsOfBothSigns++;
            }
        }
        // two non-zero coefficients give such rows in about one in twenty
        long nonZero = Arrays.stream(model.coefficients()).filter(c -> c != 0).count();
        if (nonZero >= 2) {
            assertThat(finiteRowsWithHugeEffectsOfBothSigns).isGreaterThan(10);
        }
    }

    /** {@code rows} encoded rows of {@code width} values each, row-major, drawn in order. */
    private static double[] encodedRows(int rows, int width, DoubleSupplier value) {
        double[] x = new double[rows * width];
        for (int i = 0; i < x.length; i++) {
            x[i] = value.getAsDouble();
        }
        return x;
    }

    /**
     * Both batch forms against their references on every row: the scores of {@code scoreBatch},
     * the strongest effects in key order (for rows without an effect that is not a number, which
     * the key order would rank first), and the factors of {@link #reference}.
     */
    private static void assertBothFormsMatchTheReferences(ScoringModel model, double[] x, int rows) {
        int width = model.width();
        double[] p = new double[rows];
        int[] top = new int[rows * 3];
        double[] effect = new double[rows * 3];
        model.explainBatch(x, rows, 3, p, top, effect);
        BatchExplanations out = new BatchExplanations(rows, 3);
        model.explainBatch(x, rows, out);
        double[] plain = new double[rows];
        model.scoreBatch(x, rows, plain);
        List<String> names = model.pipeline().featureNames();
        for (int i = 0; i < rows; i++) {
            // boxed, so that a score that is not a number equals the same score
            assertThat(p[i]).isEqualTo(Double.valueOf(plain[i]));
            assertThat(out.probability(i)).isEqualTo(Double.valueOf(plain[i]));
            double[] effects = model.effects(x, i * width);
            if (Arrays.stream(effects).noneMatch(Double::isNaN)) {
                int[] expected = strongestByKey(effects);
                for (int t = 0; t < 3; t++) {
                    assertThat(top[i * 3 + t]).isEqualTo(expected[t]);
                    assertThat(effect[i * 3 + t]).isEqualTo(expected[t] < 0 ? 0 : effects[expected[t]]);
                }
            }
            assertFactorsMatchTheReference(out, i, effects, names);
        }
    }

    /**
     * Numeric attributes only, one column each, with coefficients in tiers (a few strong, some
     * middling, many weak or zero) in a random order, as fitted models usually have them.
     */
    private static ScoringModel tieredModel(SplittableRandom random, int features) {
        List<FeatureSpec> specs = new ArrayList<>();
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int f = 0; f < features; f++) {
            specs.add(FeatureSpec.numeric("f" + f));
        }
        for (int i = 0; i < 50; i++) {
            Map<String, Object> row = new HashMap<>();
            for (int f = 0; f < features; f++) {
                row.put("f" + f, random.nextInt(10));
            }
            rows.add(row);
        }
        FeaturePipeline pipeline = FeaturePipeline.fit(specs, rows, PipelineOptions.defaults());
        double[] tiers = {2, 1, 0.5, 0.1, 0.01, 0};
        double[] coefficients = new double[features];
        double[] means = new double[features];
        for (int j = 0; j < features; j++) {
            double tier = tiers[random.nextInt(tiers.length)];
            // half the coefficients sit exactly on their tier, so that attributes weigh alike
            double magnitude = random.nextBoolean() ? tier : tier * (1 + random.nextDouble() / 4);
            coefficients[j] = random.nextBoolean() ? magnitude : -magnitude;
            means[j] = random.nextInt(3) * 0.25;
        }
        ModelMetadata metadata = new ModelMetadata("tiers-1", "outcome", "yes", 50, 25, 0.01, 0,
                ClassWeighting.NONE, 10, true);
        return new ScoringModel(pipeline, 0.5, coefficients, means, new PlattCalibrator(0.5, 0.25), metadata);
    }

    /**
     * The documented order of the three strongest effects, by sorting: magnitude bits with the
     * attribute index in the low bits, so exact ties go to the higher index.
     */
    private static int[] strongestByKey(double[] effects) {
        int bits = Math.max(1, 64 - Long.numberOfLeadingZeros(effects.length - 1L));
        long indexMask = (1L << bits) - 1;
        long magnitudeMask = 0x7FFF_FFFF_FFFF_FFFFL & ~indexMask;
        List<Long> keys = new ArrayList<>();
        for (int f = 0; f < effects.length; f++) {
            keys.add((Double.doubleToRawLongBits(effects[f]) & magnitudeMask) | f);
        }
        keys.sort(Comparator.reverseOrder());
        int[] chosen = {-1, -1, -1};
        for (int t = 0; t < Math.min(3, keys.size()); t++) {
            chosen[t] = (int) (keys.get(t) & indexMask);
        }
        return chosen;
    }

    @Property(tries = 8)
    void predictionsMatchTheFullExplanationCutToTheTop(@ForAll long seed,
                                                       @ForAll @IntRange(min = 0, max = 4) int top) {
        TrainingData data = Synthetic.mixed(seed, 300);
        TrainingOptions options = TrainingOptions.defaults().withMinimumOutcomes(10, 10)
                .withLambdas(List.of(1e-2));
        ScoringModel model = ModelTrainer.train(data, options).orElseThrow();
        List<String> names = model.pipeline().featureNames();
        for (Map<String, ?> record : data.rows()) {
            double[] x = model.pipeline().transform(record);
            double[] effects = model.effects(x, 0);
            List<Factor> all = new ArrayList<>();
            for (int f = 0; f < effects.length; f++) {
                if (effects[f] != 0) {
                    Object raw = record.get(names.get(f));
                    String value = FeatureSpec.isMissing(raw) ? CategoricalEncoder.MISSING : raw.toString().strip();
                    all.add(new Factor(names.get(f), value, effects[f], Factor.Unit.LOG_ODDS));
                }
            }
            ScoreExplanation full = new ScoreExplanation(all);
            List<Factor> chosen = new ArrayList<>(full.topPositive(top));
            chosen.addAll(full.topNegative(top));
            Prediction prediction = model.predict(record, top);
            assertThat(prediction.explanation()).isEqualTo(new ScoreExplanation(chosen));
            assertThat(prediction.probability()).isEqualTo(model.probability(record));
        }
    }

    @Test
    void effectsThatAreNotNumbersAreNeverFactors() {
        ScoringModel model = tieredModel(new SplittableRandom(11), 12);
        double[] x = new double[model.width()];
        for (int j = 0; j < x.length; j++) {
            x[j] = j % 2 == 0 ? 1 : -1;
        }
        // on the attribute with the largest coefficient, which the batch path looks at first
        double[] coefficients = model.coefficients();
        int strongest = 0;
        for (int j = 1; j < coefficients.length; j++) {
            strongest = Math.abs(coefficients[j]) > Math.abs(coefficients[strongest]) ? j : strongest;
        }
        x[strongest] = Double.NaN;
        BatchExplanations out = new BatchExplanations(1, 3);
        model.explainBatch(x, 1, out);
        double[] effects = model.effects(x, 0);
        List<String> names = model.pipeline().featureNames();
        assertFactorsMatchTheReference(out, 0, effects, names);
        assertThat(out.explanation(0, null).factors()).extracting(Factor::effect)
                .allSatisfy(effect -> assertThat(effect).isNotNaN());
    }

    @Test
    void batchExplanationsNameTheirFactorsOnlyWhenAsked() {
        ScoringModel model = tieProneModel(new SplittableRandom(3), false);
        double[] x = new double[model.width()];
        x[0] = 2;
        BatchExplanations out = new BatchExplanations(1, 3);
        model.explainBatch(x, 1, out);
        ScoreExplanation unnamed = out.explanation(0, null);
        assertThat(unnamed.factors()).allSatisfy(f -> assertThat(f.value()).isEmpty());
        assertThat(unnamed.factors()).extracting(Factor::name)
                .containsExactlyInAnyOrderElementsOf(namesOfSlots(model, out));
        assertThatThrownBy(() -> out.probability(1)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> out.positiveFeature(0, 3)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> model.explainBatch(new double[2 * model.width()], 2, out))
                .isInstanceOf(ValidationException.class);
    }

    private static List<String> namesOfSlots(ScoringModel model, BatchExplanations out) {
        List<String> names = new ArrayList<>();
        for (int t = 0; t < out.k(); t++) {
            if (out.positiveFeature(0, t) >= 0) {
                names.add(model.pipeline().featureNames().get(out.positiveFeature(0, t)));
            }
            if (out.negativeFeature(0, t) >= 0) {
                names.add(model.pipeline().featureNames().get(out.negativeFeature(0, t)));
            }
        }
        return names;
    }

    /** Row {@code i}'s positive and negative factors are those of {@link #reference}, effects and all. */
    private static void assertFactorsMatchTheReference(BatchExplanations out, int i, double[] effects,
                                                       List<String> names) {
        List<Integer> positive = reference(effects, names, 1, out.k());
        List<Integer> negative = reference(effects, names, -1, out.k());
        for (int t = 0; t < out.k(); t++) {
            int expectedPositive = t < positive.size() ? positive.get(t) : -1;
            int expectedNegative = t < negative.size() ? negative.get(t) : -1;
            assertThat(out.positiveFeature(i, t)).isEqualTo(expectedPositive);
            assertThat(out.positiveEffect(i, t)).isEqualTo(expectedPositive < 0 ? 0 : effects[expectedPositive]);
            assertThat(out.negativeFeature(i, t)).isEqualTo(expectedNegative);
            assertThat(out.negativeEffect(i, t)).isEqualTo(expectedNegative < 0 ? 0 : effects[expectedNegative]);
        }
    }

    /** Indexes of the effects of one sign, strongest first, ties by name, at most {@code k}. */
    private static List<Integer> reference(double[] effects, List<String> names, int sign, int k) {
        List<Integer> chosen = new ArrayList<>();
        for (int f = 0; f < effects.length; f++) {
            if (sign > 0 ? effects[f] > 0 : effects[f] < 0) {
                chosen.add(f);
            }
        }
        chosen.sort(Comparator.comparingDouble((Integer f) -> -Math.abs(effects[f])).thenComparing(names::get));
        return chosen.subList(0, Math.min(k, chosen.size()));
    }

    /**
     * Numeric attributes in an order unlike their names' order, plus a categorical attribute
     * that spans several columns, with coefficients and means that multiply exactly.
     */
    private static ScoringModel tieProneModel(SplittableRandom random, boolean isotonic) {
        List<FeatureSpec> specs = new ArrayList<>();
        for (String name : NAMES) {
            specs.add(FeatureSpec.numeric(name));
        }
        specs.add(FeatureSpec.categorical("plan"));
        List<Map<String, ?>> rows = new ArrayList<>();
        String[] plans = {"basic", "plus", "pro", "max"};
        for (int i = 0; i < 200; i++) {
            Map<String, Object> row = new HashMap<>();
            for (String name : NAMES) {
                row.put(name, random.nextInt(10));
            }
            row.put("plan", plans[i % plans.length]);
            rows.add(row);
        }
        FeaturePipeline pipeline = FeaturePipeline.fit(specs, rows, PipelineOptions.defaults());
        int width = pipeline.width();
        assertThat(width).isGreaterThan(pipeline.featureNames().size());
        double[] coefficients = new double[width];
        double[] means = new double[width];
        for (int j = 0; j < width; j++) {
            coefficients[j] = STEPS[random.nextInt(STEPS.length)];
            means[j] = random.nextInt(3) * 0.25;
        }
        // two attributes that always weigh alike, so equal values tie exactly whatever the seed
        coefficients[1] = coefficients[0] == 0 ? 1 : coefficients[0];
        coefficients[0] = coefficients[1];
        means[1] = means[0];
        Calibrator calibrator = isotonic
                ? new IsotonicCalibrator(new double[] {-2, 0, 2}, new double[] {0.1, 0.5, 0.9})
                : new PlattCalibrator(0.5, 0.25);
        ModelMetadata metadata = new ModelMetadata("ties-1", "outcome", "yes", 200, 100, 0.01, 0,
                ClassWeighting.NONE, 10, true);
        return new ScoringModel(pipeline, 0.5, coefficients, means, calibrator, metadata);
    }
}
