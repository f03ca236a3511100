package dev.sentence4j.core.pooling;

import java.util.Arrays;

/**
 * Element-wise maximum over attended tokens. ST fills padding with -1e9 before taking the max, so
 * a row with no attended token gives -1e9 everywhere; we keep that.
 */
public record MaxPooling() implements PoolingStrategy {
    static final float PADDING_VALUE = -1e9f;

    @Override
    public void pool(TokenEmbeddingBatch tokens, int row, float[] out, int offset) {
        int dim = tokens.dim();
        Arrays.fill(out, offset, offset + dim, PADDING_VALUE);
        float[] token = new float[dim]; // one token at a time, copied out of the (direct) buffer in bulk
        for (int t = 0; t < tokens.seqLen(); t++) {
            if (!tokens.attended(row, t)) {
                continue;
            }
            tokens.copyToken(row, t, token, 0);
            for (int d = 0; d < dim; d++) {
                out[offset + d] = Math.max(out[offset + d], token[d]);
            }
        }
    }
}
