package dev.sentence4j.core.pooling;

/** Sum of attended token embeddings divided by the square root of their count (mean_sqrt_len_tokens). */
public record MeanSqrtLenPooling() implements PoolingStrategy {
    @Override
    public void pool(TokenEmbeddingBatch tokens, int row, float[] out, int offset) {
        float[] acc = new float[tokens.dim()];
        double count = Math.max(PoolingMath.weightedSum(tokens, row, acc, false), PoolingMath.MIN_DENOMINATOR);
        float denom = (float) Math.sqrt(count);
        for (int d = 0; d < acc.length; d++) {
            out[offset + d] = acc[d] / denom;
        }
    }
}
