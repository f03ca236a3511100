package dev.sentence4j.core.pooling;

import java.nio.FloatBuffer;
import java.util.Objects;

/**
 * A padded batch of token embeddings with its attention mask. The embeddings stay in the buffer
 * ONNX Runtime wrote them to (a direct buffer reused from batch to batch), so pooling reads
 * them where they are instead of from a Java copy.
 *
 * @param hidden token embeddings, {@code [batch * seqLen * dim]}, indexed from 0 (a slice)
 * @param mask   attention mask, 1 for a real token and 0 for padding, {@code [batch * seqLen]}
 */
public record TokenEmbeddingBatch(FloatBuffer hidden, int[] mask, int batch, int seqLen, int dim) {
    public TokenEmbeddingBatch {
        Objects.requireNonNull(hidden, "hidden");
        Objects.requireNonNull(mask, "mask");
        if (batch < 0 || seqLen < 0 || dim <= 0) {
            throw new IllegalArgumentException(
                    "shape must be non-negative with dim > 0, found [" + batch + ", " + seqLen + ", " + dim + "]");
        }
        if ((long) batch * seqLen * dim != hidden.remaining()) {
            throw new IllegalArgumentException("hidden length differs from batch * seqLen * dim: "
                    + hidden.remaining() + " != " + batch + " * " + seqLen + " * " + dim);
        }
        if ((long) batch * seqLen != mask.length) {
            throw new IllegalArgumentException("mask length differs from batch * seqLen: "
                    + mask.length + " != " + batch + " * " + seqLen);
        }
        hidden = hidden.slice();
    }

    /** Over a Java array, {@code [batch * seqLen * dim]}. */
    public TokenEmbeddingBatch(float[] hidden, int[] mask, int batch, int seqLen, int dim) {
        this(FloatBuffer.wrap(Objects.requireNonNull(hidden, "hidden")), mask, batch, seqLen, dim);
    }

    /** Offset of token {@code t} of row {@code row} in {@link #hidden()}. */
    public int offset(int row, int t) {
        return (row * seqLen + t) * dim;
    }

    public boolean attended(int row, int t) {
        return mask[row * seqLen + t] != 0;
    }

    /** Copies token {@code t} of row {@code row} ({@code dim} values) into {@code out[at, at + dim)}. */
    public void copyToken(int row, int t, float[] out, int at) {
        hidden.get(offset(row, t), out, at, dim);
    }
}
