package dev.sentence4j.core.pooling;

/** Mean of attended token embeddings: sum / max(count, 1e-9). */
public record MeanPooling() implements PoolingStrategy {
    @Override
    public void pool(TokenEmbeddingBatch tokens, int row, float[] out, int offset) {
        float[] acc = new float[tokens.dim()];
        float count = (float) Math.max(PoolingMath.weightedSum(tokens, row, acc, false), PoolingMath.MIN_DENOMINATOR);
        for (int d = 0; d < acc.length; d++) {
            out[offset + d] = acc[d] / count;
        }
    }
}
