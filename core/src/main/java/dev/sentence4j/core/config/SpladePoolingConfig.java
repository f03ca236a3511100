package dev.sentence4j.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.sparse.SpladeActivation;
import dev.sentence4j.core.sparse.SpladePoolingStrategy;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A SpladePooling module's config.json ({@code 1_SpladePooling/config.json}), with ST's defaults
 * for absent keys (SpladePooling.__init__: pooling_strategy "max", activation_function "relu",
 * word_embedding_dimension from the model's output).
 *
 * @param file                   where it was read from, named in errors about it
 * @param strategy               pooling_strategy
 * @param activation             activation_function
 * @param wordEmbeddingDimension word_embedding_dimension, the vocabulary size; -1 when absent
 */
public record SpladePoolingConfig(Path file, SpladePoolingStrategy strategy, SpladeActivation activation,
        int wordEmbeddingDimension) {
    public static final String FILE = "config.json";

    public SpladePoolingConfig {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(activation, "activation");
    }

    /** ST's SpladePooling() with no arguments, for a SparseEncoder directory without modules.json. */
    static SpladePoolingConfig defaults(Path file) {
        return new SpladePoolingConfig(file, SpladePoolingStrategy.MAX, SpladeActivation.RELU, -1);
    }

    /**
     * Reads {@code moduleDir/config.json}. chunk_size, ST's memory knob for its own pooling loop, is
     * checked but not needed: sentence4j bounds memory by cutting ONNX runs (see SparseEncoder).
     */
    public static SpladePoolingConfig read(Path moduleDir) {
        Path file = moduleDir.resolve(FILE);
        JsonNode node = Json.read(file);
        if (!node.isObject()) {
            throw new ModelLoadException(file, "expected a JSON object, found " + node.getNodeType());
        }
        String strategyName = Json.optString(node, "pooling_strategy", file);
        SpladePoolingStrategy strategy = strategyName == null ? SpladePoolingStrategy.MAX
                : SpladePoolingStrategy.fromConfigName(strategyName).orElseThrow(() -> new ModelLoadException(file,
                        "field \"pooling_strategy\": expected one of " + SpladePoolingStrategy.validNames()
                                + ", found \"" + strategyName + "\""));
        String activationName = Json.optString(node, "activation_function", file);
        SpladeActivation activation = activationName == null ? SpladeActivation.RELU
                : SpladeActivation.fromConfigName(activationName).orElseThrow(() -> new ModelLoadException(file,
                        "field \"activation_function\": expected one of " + SpladeActivation.validNames()
                                + ", found \"" + activationName + "\""));
        Integer dim = Json.optInt(node, "word_embedding_dimension", file);
        if (dim != null && dim <= 0) {
            throw new ModelLoadException(file, "field \"word_embedding_dimension\": expected a positive integer, found " + dim);
        }
        Json.optInt(node, "chunk_size", file);
        return new SpladePoolingConfig(file, strategy, activation, dim == null ? -1 : dim);
    }
}
