package dev.sentence4j.core.pooling;

import java.util.Objects;

/**
 * A padded batch of token embeddings with its attention mask, as flat arrays.
 *
 * @param hidden token embeddings, {@code [batch * seqLen * dim]}
 * @param mask   attention mask, 1 for a real token and 0 for padding, {@code [batch * seqLen]}
 */
public record TokenEmbeddingBatch(float[] hidden, int[] mask, int batch, int seqLen, int dim) {
    public TokenEmbeddingBatch {
        Objects.requireNonNull(hidden, "hidden");
        Objects.requireNonNull(mask, "mask");
        if (batch < 0 || seqLen < 0 || dim <= 0) {
            throw new IllegalArgumentException(
                    "shape must be non-negative with dim > 0, found [" + batch + ", " + seqLen + ", " + dim + "]");
        }
        if ((long) batch * seqLen * dim != hidden.length) {
            throw new IllegalArgumentException("hidden length differs from batch * seqLen * dim: "
                    + hidden.length + " != " + batch + " * " + seqLen + " * " + dim);
        }
        if ((long) batch * seqLen != mask.length) {
            throw new IllegalArgumentException("mask length differs from batch * seqLen: "
                    + mask.length + " != " + batch + " * " + seqLen);
        }
    }

    /** Offset of token {@code t} of row {@code row} in {@link #hidden()}. */
    public int offset(int row, int t) {
        return (row * seqLen + t) * dim;
    }

    public boolean attended(int row, int t) {
        return mask[row * seqLen + t] != 0;
    }
}
