package dev.sentence4j.server.backend;

import java.util.Map;
import java.util.Objects;

/**
 * The served model, as /info reports it.
 *
 * @param modelId           name or directory
 * @param dimension         sentence embedding width
 * @param maxInputLength    longer inputs are truncated, or rejected when truncate is false
 * @param pooling           pooling mode, as ST's pooling config spells it
 * @param dtype             weights' type
 * @param prompts           named prompts
 * @param defaultPromptName the prompt used when none is named, or null
 */
public record BackendInfo(String modelId, int dimension, int maxInputLength, String pooling,
        String dtype, Map<String, String> prompts, String defaultPromptName) {
    public BackendInfo {
        Objects.requireNonNull(modelId, "modelId");
        prompts = Map.copyOf(prompts);
        if (dimension <= 0 || maxInputLength <= 0) {
            throw new IllegalArgumentException("dimension and maxInputLength must be > 0, found " + dimension + ", " + maxInputLength);
        }
    }
}
