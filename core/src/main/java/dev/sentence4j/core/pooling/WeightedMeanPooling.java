package dev.sentence4j.core.pooling;

/**
 * Position-weighted mean (weightedmean): token t (0-based) has weight t + 1, so later tokens count
 * more; ST's Pooling uses torch.arange(1, seq_len + 1) times the mask.
 */
public record WeightedMeanPooling() implements PoolingStrategy {
    @Override
    public void pool(TokenEmbeddingBatch tokens, int row, float[] out, int offset) {
        float[] acc = new float[tokens.dim()];
        float weights = (float) Math.max(PoolingMath.weightedSum(tokens, row, acc, true), PoolingMath.MIN_DENOMINATOR);
        for (int d = 0; d < acc.length; d++) {
            out[offset + d] = acc[d] / weights;
        }
    }
}
