package dev.sentence4j.core.pooling;

/**
 * One pooling mode: turns the token embeddings of one row of a padded batch into one vector of
 * {@code dim} values. Padding positions (mask 0) never influence the result.
 */
public sealed interface PoolingStrategy
        permits ClsPooling, MaxPooling, MeanPooling, MeanSqrtLenPooling, WeightedMeanPooling, LastTokenPooling {

    /** Writes the pooled vector of {@code row} into {@code out[offset, offset + dim)}. */
    void pool(TokenEmbeddingBatch tokens, int row, float[] out, int offset);

    /** The strategy for a mode. */
    static PoolingStrategy of(PoolingMode mode) {
        return switch (mode) {
            case CLS -> new ClsPooling();
            case MAX -> new MaxPooling();
            case MEAN -> new MeanPooling();
            case MEAN_SQRT_LEN_TOKENS -> new MeanSqrtLenPooling();
            case WEIGHTED_MEAN -> new WeightedMeanPooling();
            case LAST_TOKEN -> new LastTokenPooling();
        };
    }
}
