package dev.sentence4j.core.pooling;

/**
 * The embedding of the last attended token (lasttoken). Works for left and right padding; a row
 * with no attended token takes the last position, as ST does.
 */
public record LastTokenPooling() implements PoolingStrategy {
    @Override
    public void pool(TokenEmbeddingBatch tokens, int row, float[] out, int offset) {
        if (tokens.seqLen() == 0) {
            throw new IllegalArgumentException("lasttoken pooling needs at least one token, found seqLen 0");
        }
        int last = tokens.seqLen() - 1;
        for (int t = tokens.seqLen() - 1; t >= 0; t--) {
            if (tokens.attended(row, t)) {
                last = t;
                break;
            }
        }
        tokens.copyToken(row, last, out, offset);
    }
}
