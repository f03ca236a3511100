package dev.sentence4j.core.sparse;

/**
 * Options of {@link SparseEncoder#encode(java.util.List, SparseEncodeOptions)}, ST's
 * SparseEncoder.encode arguments. Start from {@link #defaults()} and change fields with the withers.
 *
 * @param batchSize     inputs per batch (ST's batch_size, default 32); a batch may run in several
 *                      ONNX runs to bound the logits' memory, which changes no result
 * @param maxActiveDims keep at most this many dimensions per vector, the largest values (ST's
 *                      max_active_dims); 0 keeps all
 * @param prompt        text prepended to every input (ST's prompt), or null
 * @param promptName    a key of the model's prompts (ST's prompt_name), or null; ignored when
 *                      {@code prompt} is set. With neither, the model's default_prompt_name applies
 */
public record SparseEncodeOptions(int batchSize, int maxActiveDims, String prompt, String promptName) {
    public static final int DEFAULT_BATCH_SIZE = 32;

    public SparseEncodeOptions {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be > 0, found " + batchSize);
        }
        if (maxActiveDims < 0) {
            throw new IllegalArgumentException("maxActiveDims must be >= 0 (0 = no limit), found " + maxActiveDims);
        }
    }

    public static SparseEncodeOptions defaults() {
        return new SparseEncodeOptions(DEFAULT_BATCH_SIZE, 0, null, null);
    }

    public SparseEncodeOptions withBatchSize(int batchSize) {
        return new SparseEncodeOptions(batchSize, maxActiveDims, prompt, promptName);
    }

    public SparseEncodeOptions withMaxActiveDims(int maxActiveDims) {
        return new SparseEncodeOptions(batchSize, maxActiveDims, prompt, promptName);
    }

    public SparseEncodeOptions withPrompt(String prompt) {
        return new SparseEncodeOptions(batchSize, maxActiveDims, prompt, promptName);
    }

    public SparseEncodeOptions withPromptName(String promptName) {
        return new SparseEncodeOptions(batchSize, maxActiveDims, prompt, promptName);
    }
}
