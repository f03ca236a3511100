package dev.sentence4j.core.pooling;

/** Shared arithmetic of the mean-like pooling modes. */
final class PoolingMath {
    /** ST clamps the token count (or weight sum) at 1e-9 so an all-padding row gives zeros, not NaN. */
    static final double MIN_DENOMINATOR = 1e-9;

    private PoolingMath() {}

    /**
     * Adds the attended token embeddings of {@code row} into {@code acc} ({@code [dim]}), token t
     * weighted by t + 1 when {@code positionWeights}, else by 1; returns the total weight.
     */
    static double weightedSum(TokenEmbeddingBatch b, int row, float[] acc, boolean positionWeights) {
        double total = 0;
        float[] token = new float[b.dim()]; // one token at a time, copied out of the (direct) buffer in bulk
        for (int t = 0; t < b.seqLen(); t++) {
            if (!b.attended(row, t)) {
                continue;
            }
            float w = positionWeights ? t + 1 : 1f;
            total += w;
            b.copyToken(row, t, token, 0);
            for (int d = 0; d < token.length; d++) {
                acc[d] += w * token[d];
            }
        }
        return total;
    }
}
