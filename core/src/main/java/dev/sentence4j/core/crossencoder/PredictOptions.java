package dev.sentence4j.core.crossencoder;

/**
 * Options of {@link CrossEncoder#predict(java.util.List, PredictOptions)}, as sentence-transformers'
 * {@code CrossEncoder.predict} names them.
 *
 * @param batchSize       inputs per batch (ST's default 32); long batches still run in slices of
 *                        at most {@link dev.sentence4j.core.Batches#TOKEN_BUDGET} positions
 * @param applyActivation whether the model's activation (config.json's activation_fn: Sigmoid for
 *                        one label by default) turns the logits into scores; false gives the raw
 *                        logits (text-embeddings-inference's {@code raw_scores})
 */
public record PredictOptions(int batchSize, boolean applyActivation) {
    public PredictOptions {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be > 0, found " + batchSize);
        }
    }

    /** Batch size 32, activation applied: ST's defaults. */
    public static PredictOptions defaults() {
        return new PredictOptions(32, true);
    }

    public PredictOptions withBatchSize(int batchSize) {
        return new PredictOptions(batchSize, applyActivation);
    }

    public PredictOptions withApplyActivation(boolean applyActivation) {
        return new PredictOptions(batchSize, applyActivation);
    }
}
