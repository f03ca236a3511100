package dev.sentence4j.server.backend;

import dev.sentence4j.core.config.ModelKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The served model, as /info reports it.
 *
 * @param modelId           name or directory
 * @param kind              what the model computes (embedding, sparse or cross-encoder)
 * @param dimension         width of its vectors: the embedding width, the vocabulary for a sparse
 *                          model, the number of labels for a cross-encoder
 * @param maxInputLength    longer inputs are truncated, or rejected when truncate is false
 * @param pooling           pooling mode, as ST's pooling config spells it ("splade" for a sparse
 *                          model, as TEI says); null for a cross-encoder
 * @param dtype             weights' type
 * @param prompts           named prompts
 * @param defaultPromptName the prompt used when none is named, or null
 * @param labels            a cross-encoder's labels in id order (config.json's id2label); empty otherwise
 */
public record BackendInfo(String modelId, ModelKind kind, int dimension, int maxInputLength, String pooling,
        String dtype, Map<String, String> prompts, String defaultPromptName, List<String> labels) {
    public BackendInfo {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(kind, "kind");
        prompts = Map.copyOf(prompts);
        labels = List.copyOf(labels);
        if (dimension <= 0 || maxInputLength <= 0) {
            throw new IllegalArgumentException("dimension and maxInputLength must be > 0, found " + dimension + ", " + maxInputLength);
        }
        if ((kind == ModelKind.CROSS_ENCODER) != !labels.isEmpty() || (!labels.isEmpty() && labels.size() != dimension)) {
            throw new IllegalArgumentException("a cross-encoder, and only one, has labels, one per output; found "
                    + kind + " with " + labels.size() + " labels and dimension " + dimension);
        }
    }

    /** An embedding model's info. */
    public static BackendInfo embedding(String modelId, int dimension, int maxInputLength, String pooling, String dtype,
            Map<String, String> prompts, String defaultPromptName) {
        return new BackendInfo(modelId, ModelKind.EMBEDDING, dimension, maxInputLength, pooling, dtype, prompts,
                defaultPromptName, List.of());
    }
}
