package dev.sentence4j.server.backend;

import java.util.Objects;

/**
 * The token embeddings of one input.
 *
 * @param data {@code [length * dimension]}
 */
public record TokenMatrix(int length, int dimension, float[] data) {
    public TokenMatrix {
        Objects.requireNonNull(data, "data");
        if ((long) length * dimension != data.length) {
            throw new IllegalArgumentException("data length differs from length * dimension: "
                    + data.length + " != " + length + " * " + dimension);
        }
    }

    public float[] row(int i) {
        Objects.checkIndex(i, length);
        return java.util.Arrays.copyOfRange(data, i * dimension, (i + 1) * dimension);
    }
}
