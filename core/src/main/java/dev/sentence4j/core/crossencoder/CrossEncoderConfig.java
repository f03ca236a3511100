package dev.sentence4j.core.crossencoder;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.config.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A cross-encoder's settings, read from its files as sentence-transformers' CrossEncoder (v4 to
 * v6) and transformers read them.
 *
 * <ul>
 * <li>Labels: config.json's {@code id2label} (transformers takes its size as num_labels, over a
 * {@code num_labels} field), else {@code num_labels}, else the width of the graph's logits. The
 * graph's width must agree: it is what the model computes.
 * <li>Activation: {@code sentence_transformers.activation_fn} (ST v4+), else
 * {@code sbert_ce_default_activation_function} (older ST), else ST's default (Sigmoid for one
 * label, Identity otherwise). ST imports any {@code torch.*} class named there; sentence4j knows
 * the ones of {@link ScoreActivation} and refuses others by name.
 * <li>Max length: the tokenizer's {@code model_max_length} (tokenizer_config.json), capped at
 * config.json's {@code max_position_embeddings}: ST's CrossEncoder sets
 * {@code tokenizer.model_max_length = min(model_max_length, max_position_embeddings)}; 512 when
 * neither is set.
 * </ul>
 *
 * @param labels         the labels in id order
 * @param activation     what turns logits into scores
 * @param maxLength      pairs are truncated to this many tokens
 * @param maxLengthFile  the file {@code maxLength} comes from (named in errors)
 * @param maxLengthField its field there
 */
record CrossEncoderConfig(List<String> labels, ScoreActivation activation, int maxLength, Path maxLengthFile,
        String maxLengthField) {
    static final String CONFIG = "config.json";
    static final String TOKENIZER_CONFIG = "tokenizer_config.json";
    /** ST's Transformer falls back to 512 too when nothing bounds the length. */
    static final int DEFAULT_MAX_LENGTH = 512;

    CrossEncoderConfig {
        labels = List.copyOf(labels);
    }

    /**
     * Reads {@code dir}'s config.json and tokenizer_config.json.
     *
     * @param graphWidth the width of the graph's logits output, -1 when the graph leaves it symbolic
     * @param onnx       the graph, named in errors
     */
    static CrossEncoderConfig read(Path dir, int graphWidth, Path onnx) {
        Path file = requireFile(dir);
        JsonNode config = Json.read(file);
        List<String> labels = labels(config, file, graphWidth, onnx);
        ScoreActivation activation = activation(config, file, labels.size());
        Integer positions = Json.optInt(config, "max_position_embeddings", file);

        int maxLength = DEFAULT_MAX_LENGTH;
        Path lengthFile = dir.resolve(TOKENIZER_CONFIG);
        String lengthField = "model_max_length";
        Integer tokenizerMax = modelMaxLength(lengthFile);
        if (tokenizerMax != null) {
            maxLength = tokenizerMax;
        }
        if (positions != null && positions > 0 && (tokenizerMax == null || positions < tokenizerMax)) {
            maxLength = positions;
            lengthFile = file;
            lengthField = "max_position_embeddings";
        }
        return new CrossEncoderConfig(labels, activation, maxLength, lengthFile, lengthField);
    }

    /** {@code dir}'s config.json; a missing one is a {@link ModelLoadException} saying what it holds. */
    static Path requireFile(Path dir) {
        Path file = dir.resolve(CONFIG);
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(file, "file not found: a cross-encoder's config.json holds its labels "
                    + "(\"id2label\" or \"num_labels\") and its activation (\"sentence_transformers.activation_fn\")");
        }
        return file;
    }

    private static List<String> labels(JsonNode config, Path file, int graphWidth, Path onnx) {
        JsonNode id2label = config.get("id2label");
        Integer numLabels = Json.optInt(config, "num_labels", file);
        List<String> labels;
        String field;
        if (id2label != null && !id2label.isNull()) {
            labels = id2label(id2label, file);
            field = "id2label";
        } else if (numLabels != null) {
            if (numLabels <= 0) {
                throw new ModelLoadException(file, "field \"num_labels\": expected a positive integer, found " + numLabels);
            }
            labels = defaultLabels(numLabels);
            field = "num_labels";
        } else if (graphWidth > 0) {
            return defaultLabels(graphWidth);
        } else {
            throw new ModelLoadException(file, "neither \"id2label\" nor \"num_labels\" is set, and the graph's "
                    + "logits output has no fixed width (" + onnx + "): the number of labels is unknown");
        }
        if (graphWidth > 0 && labels.size() != graphWidth) {
            throw new ModelLoadException(file, "field \"" + field + "\": " + labels.size() + " label"
                    + (labels.size() == 1 ? "" : "s") + ", but the graph's logits output has width " + graphWidth
                    + " (" + onnx + "): this config does not belong to this graph");
        }
        return labels;
    }

    /** id2label's values in id order; its keys must be 0 to n-1, as transformers writes them. */
    private static List<String> id2label(JsonNode node, Path file) {
        if (!node.isObject() || node.isEmpty()) {
            throw new ModelLoadException(file, "field \"id2label\": expected an object such as {\"0\": \"LABEL_0\"}, "
                    + "found " + node);
        }
        TreeMap<Integer, String> byId = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            int id;
            try {
                id = Integer.parseInt(e.getKey());
            } catch (NumberFormatException ex) {
                throw new ModelLoadException(file, "field \"id2label\": expected integer keys, found \"" + e.getKey() + "\"");
            }
            if (!e.getValue().isTextual()) {
                throw new ModelLoadException(file, "field \"id2label\": label " + id + ": expected a string, found "
                        + e.getValue());
            }
            byId.put(id, e.getValue().textValue());
        }
        List<String> labels = new ArrayList<>(byId.values());
        // distinct integers in order: they are 0..n-1 exactly when the first is 0 and the last n-1
        if (byId.firstKey() != 0 || byId.lastKey() != byId.size() - 1) {
            throw new ModelLoadException(file, "field \"id2label\": expected the keys 0 to " + (byId.size() - 1)
                    + ", found " + byId.keySet());
        }
        return labels;
    }

    /** transformers' names for labels a config does not name. */
    private static List<String> defaultLabels(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add("LABEL_" + i);
        }
        return out;
    }

    private static ScoreActivation activation(JsonNode config, Path file, int numLabels) {
        JsonNode st = config.get("sentence_transformers");
        if (st != null && st.isObject() && st.hasNonNull("activation_fn")) {
            return parseActivation(st.get("activation_fn"), file, "sentence_transformers.activation_fn");
        }
        if (config.hasNonNull("sbert_ce_default_activation_function")) {
            return parseActivation(config.get("sbert_ce_default_activation_function"), file,
                    "sbert_ce_default_activation_function");
        }
        return ScoreActivation.defaultFor(numLabels);
    }

    private static ScoreActivation parseActivation(JsonNode value, Path file, String field) {
        if (!value.isTextual()) {
            throw new ModelLoadException(file, "field \"" + field + "\": expected a torch class name such as \""
                    + ScoreActivation.supportedNames().get(0) + "\", found " + value);
        }
        return ScoreActivation.fromTorchName(value.textValue()).orElseThrow(() -> new ModelLoadException(file,
                "field \"" + field + "\": activation \"" + value.textValue() + "\" is not supported; supported: "
                        + String.join(", ", ScoreActivation.supportedNames())));
    }

    /**
     * tokenizer_config.json's model_max_length, or null when the file or the field is absent or
     * says "no limit" (transformers writes int(1e30) there, VERY_LARGE_INTEGER).
     */
    private static Integer modelMaxLength(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        JsonNode v = Json.read(file).get("model_max_length");
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || v.asDouble() <= 0) {
            throw new ModelLoadException(file, "field \"model_max_length\": expected a positive integer, found " + v);
        }
        return v.asDouble() >= Integer.MAX_VALUE ? null : Integer.valueOf((int) v.asDouble());
    }
}
