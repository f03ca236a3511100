package dev.sentence4j.core.pooling;

/** The first token's embedding ([CLS] for BERT), whatever the mask says, as ST does. */
public record ClsPooling() implements PoolingStrategy {
    @Override
    public void pool(TokenEmbeddingBatch tokens, int row, float[] out, int offset) {
        if (tokens.seqLen() == 0) {
            throw new IllegalArgumentException("cls pooling needs at least one token, found seqLen 0");
        }
        tokens.copyToken(row, 0, out, offset);
    }
}
