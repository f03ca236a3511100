package dev.sentence4j.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A matrix of embeddings, one row per input, as one flat array.
 *
 * @param data {@code [rows * dimension]}, row-major
 */
public record Embeddings(int rows, int dimension, float[] data) {
    public Embeddings {
        Objects.requireNonNull(data, "data");
        if (rows < 0 || dimension < 0) {
            throw new IllegalArgumentException("rows and dimension must be >= 0, found " + rows + ", " + dimension);
        }
        if ((long) rows * dimension != data.length) {
            throw new IllegalArgumentException("data length differs from rows * dimension: "
                    + data.length + " != " + rows + " * " + dimension);
        }
    }

    /** An empty matrix of the given width. */
    public static Embeddings empty(int dimension) {
        return new Embeddings(0, dimension, new float[0]);
    }

    /** Stacks equal-length vectors into a matrix. */
    public static Embeddings of(List<float[]> vectors) {
        if (vectors.isEmpty()) {
            return empty(0);
        }
        int dim = vectors.get(0).length;
        float[] data = new float[vectors.size() * dim];
        for (int i = 0; i < vectors.size(); i++) {
            float[] v = vectors.get(i);
            if (v.length != dim) {
                throw new IllegalArgumentException("vector dimensions differ at index " + i + ": " + v.length + " != " + dim);
            }
            System.arraycopy(v, 0, data, i * dim, dim);
        }
        return new Embeddings(vectors.size(), dim, data);
    }

    /** A copy of row {@code i}. */
    public float[] row(int i) {
        Objects.checkIndex(i, rows);
        return Arrays.copyOfRange(data, i * dimension, (i + 1) * dimension);
    }

    /** Offset of row {@code i} in {@link #data()}. */
    public int offset(int i) {
        Objects.checkIndex(i, rows);
        return i * dimension;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Embeddings e && e.rows == rows && e.dimension == dimension && Arrays.equals(e.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + dimension) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Embeddings[rows=" + rows + ", dimension=" + dimension + "]";
    }
}
