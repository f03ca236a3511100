package dev.sentence4j.viz.embedding;

import java.util.Arrays;
import java.util.Objects;

/**
 * A model's word-embedding matrix: the context-free input vector of every token id.
 *
 * @param data   {@code [vocabSize * dimension]}, row {@code id} is token {@code id}'s vector
 * @param source where it was read, e.g. {@code model.onnx#embeddings.word_embeddings.weight}
 */
public record WordEmbeddingMatrix(int vocabSize, int dimension, float[] data, String source) {
    public WordEmbeddingMatrix {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(source, "source");
        if (vocabSize <= 0 || dimension <= 0) {
            throw new IllegalArgumentException("vocabSize and dimension must be > 0, found " + vocabSize + ", " + dimension);
        }
        if ((long) vocabSize * dimension != data.length) {
            throw new IllegalArgumentException("data length differs from vocabSize * dimension: " + data.length
                    + " != " + vocabSize + " * " + dimension);
        }
    }

    /** A copy of token {@code id}'s row. */
    public float[] row(int id) {
        Objects.checkIndex(id, vocabSize);
        return Arrays.copyOfRange(data, id * dimension, (id + 1) * dimension);
    }

    /** Offset of token {@code id}'s row in {@link #data()}. */
    public int offset(int id) {
        if (id < 0 || id >= vocabSize) {
            throw new IllegalArgumentException("token id " + id + " is outside the vocabulary [0, " + vocabSize
                    + ") of " + source);
        }
        return id * dimension;
    }

    @Override
    public String toString() {
        return "WordEmbeddingMatrix[" + vocabSize + " x " + dimension + " from " + source + "]";
    }
}
