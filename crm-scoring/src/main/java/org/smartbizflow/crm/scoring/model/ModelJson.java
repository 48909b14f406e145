package org.smartbizflow.crm.scoring.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.smartbizflow.crm.scoring.feature.BooleanEncoder;
import org.smartbizflow.crm.scoring.feature.CategoricalEncoder;
import org.smartbizflow.crm.scoring.feature.ColumnEncoder;
import org.smartbizflow.crm.scoring.feature.DateEncoder;
import org.smartbizflow.crm.scoring.feature.FeaturePipeline;
import org.smartbizflow.crm.scoring.feature.NumericEncoder;
import org.smartbizflow.crm.shared.CrmException;

/** Reads and writes the versioned JSON form of a {@link ScoringModel}. */
final class ModelJson {

    static final String FORMAT = "smartbizflow-crm-scoring-model";
    static final int FORMAT_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelJson() {
    }

    static String write(ScoringModel model) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        ModelMetadata m = model.metadata();
        ObjectNode meta = root.putObject("metadata");
        meta.put("modelVersion", m.modelVersion());
        meta.put("target", m.target());
        meta.put("positiveLabel", m.positiveLabel());
        meta.put("rows", m.rows());
        meta.put("positives", m.positives());
        meta.put("lambda", m.lambda());
        meta.put("l1Ratio", m.l1Ratio());
        meta.put("classWeighting", m.classWeighting().name());
        meta.put("iterations", m.iterations());
        meta.put("converged", m.converged());
        ArrayNode pipeline = root.putArray("pipeline");
        for (ColumnEncoder encoder : model.pipeline().encoders()) {
            ObjectNode node = pipeline.addObject();
            node.put("name", encoder.name());
            if (encoder instanceof NumericEncoder n) {
                node.put("kind", "NUMERIC");
                node.put("mean", n.mean());
                node.put("standardDeviation", n.standardDeviation());
                node.put("missingIndicator", n.missingIndicator());
            } else if (encoder instanceof CategoricalEncoder c) {
                node.put("kind", "CATEGORICAL");
                ArrayNode levels = node.putArray("levels");
                c.levels().forEach(levels::add);
            } else if (encoder instanceof BooleanEncoder b) {
                node.put("kind", "BOOLEAN");
                node.put("fillRate", b.fillRate());
            } else if (encoder instanceof DateEncoder d) {
                node.put("kind", "DATE");
                node.put("referenceEpochDay", d.referenceEpochDay());
                node.put("ageMean", d.ageMean());
                node.put("ageDeviation", d.ageDeviation());
            }
        }
        ObjectNode linear = root.putObject("linear");
        linear.put("intercept", model.intercept());
        ArrayNode columns = linear.putArray("columns");
        model.pipeline().columnNames().forEach(columns::add);
        putArray(linear, "coefficients", model.coefficients());
        putArray(linear, "columnMeans", model.columnMeans());
        ObjectNode calibration = root.putObject("calibration");
        Calibrator calibrator = model.calibrator();
        calibration.put("method", calibrator.method().name());
        if (calibrator instanceof PlattCalibrator p) {
            calibration.put("slope", p.slope());
            calibration.put("offset", p.offset());
        } else if (calibrator instanceof IsotonicCalibrator i) {
            putArray(calibration, "knots", i.knots());
            putArray(calibration, "probabilities", i.probabilities());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a model tree as JSON", e);
        }
    }

    static ScoringModel read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new ModelFormatException("not a model file: the text is not valid JSON ("
                    + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new ModelFormatException("not a model file: expected \"format\": \"" + FORMAT + "\"");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new ModelFormatException("model file has no formatVersion");
        }
        if (version.asInt() != FORMAT_VERSION) {
            throw new ModelFormatException("model file has format version " + version.asInt()
                    + " but this library reads version " + FORMAT_VERSION
                    + "; retrain the model or load it with a matching library version");
        }
        try {
            JsonNode meta = required(root, "metadata");
            ModelMetadata metadata = new ModelMetadata(text(meta, "modelVersion"), text(meta, "target"),
                    text(meta, "positiveLabel"), required(meta, "rows").asInt(), required(meta, "positives").asInt(),
                    number(meta, "lambda"), number(meta, "l1Ratio"),
                    ClassWeighting.valueOf(text(meta, "classWeighting")), required(meta, "iterations").asInt(),
                    required(meta, "converged").asBoolean());
            List<ColumnEncoder> encoders = new ArrayList<>();
            for (JsonNode node : required(root, "pipeline")) {
                String name = text(node, "name");
                String kind = text(node, "kind");
                encoders.add(switch (kind) {
                    case "NUMERIC" -> new NumericEncoder(name, number(node, "mean"),
                            number(node, "standardDeviation"), required(node, "missingIndicator").asBoolean());
                    case "CATEGORICAL" -> {
                        List<String> levels = new ArrayList<>();
                        required(node, "levels").forEach(l -> levels.add(l.asText()));
                        yield new CategoricalEncoder(name, levels);
                    }
                    case "BOOLEAN" -> new BooleanEncoder(name, number(node, "fillRate"));
                    case "DATE" -> new DateEncoder(name, required(node, "referenceEpochDay").asLong(),
                            number(node, "ageMean"), number(node, "ageDeviation"));
                    default -> throw new ModelFormatException("unknown feature kind '" + kind + "' for " + name);
                });
            }
            FeaturePipeline pipeline = new FeaturePipeline(encoders);
            JsonNode linear = required(root, "linear");
            JsonNode calibration = required(root, "calibration");
            String method = text(calibration, "method");
            Calibrator calibrator = switch (method) {
                case "NONE" -> new Calibrator.Uncalibrated();
                case "PLATT" -> new PlattCalibrator(number(calibration, "slope"), number(calibration, "offset"));
                case "ISOTONIC" -> new IsotonicCalibrator(array(calibration, "knots"),
                        array(calibration, "probabilities"));
                default -> throw new ModelFormatException("unknown calibration method '" + method + "'");
            };
            return new ScoringModel(pipeline, number(linear, "intercept"), array(linear, "coefficients"),
                    array(linear, "columnMeans"), calibrator, metadata);
        } catch (ModelFormatException e) {
            throw e;
        } catch (CrmException | IllegalArgumentException e) {
            throw new ModelFormatException("model file is damaged: " + e.getMessage(), e);
        }
    }

    private static void putArray(ObjectNode parent, String field, double[] values) {
        ArrayNode array = parent.putArray(field);
        for (double v : values) {
            array.add(v);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new ModelFormatException("model file is damaged: missing field '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isNumber()) {
            throw new ModelFormatException("model file is damaged: field '" + field + "' is not a number");
        }
        return value.doubleValue();
    }

    private static double[] array(JsonNode node, String field) {
        JsonNode value = required(node, field);
        double[] out = new double[value.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = value.get(i).doubleValue();
        }
        return out;
    }
}
