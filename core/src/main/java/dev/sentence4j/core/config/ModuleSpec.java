package dev.sentence4j.core.config;

import java.util.Objects;

/**
 * One entry of modules.json.
 *
 * @param path folder of the module's files, relative to the model directory ("" for the Transformer)
 * @param type the fully qualified ST class, e.g. {@code sentence_transformers.models.Pooling}
 */
public record ModuleSpec(int idx, String name, String path, String type) {
    public static final String TRANSFORMER = "sentence_transformers.models.Transformer";
    public static final String POOLING = "sentence_transformers.models.Pooling";
    public static final String DENSE = "sentence_transformers.models.Dense";
    public static final String NORMALIZE = "sentence_transformers.models.Normalize";

    public ModuleSpec {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
    }
}
