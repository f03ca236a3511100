package dev.sentence4j.core.crossencoder;

import java.util.Arrays;
import java.util.Objects;

/**
 * A cross-encoder's scores: one row per input, one column per label (one column for a reranker).
 *
 * @param rows   inputs
 * @param labels the model's labels (num_labels)
 * @param values {@code [rows * labels]}, row-major
 */
public record Scores(int rows, int labels, float[] values) {
    public Scores {
        Objects.requireNonNull(values, "values");
        if (rows < 0 || labels <= 0) {
            throw new IllegalArgumentException("rows must be >= 0 and labels > 0, found " + rows + ", " + labels);
        }
        if ((long) rows * labels != values.length) {
            throw new IllegalArgumentException("values: expected rows * labels = " + rows + " * " + labels + " = "
                    + (long) rows * labels + " values, found " + values.length);
        }
    }

    public float get(int row, int label) {
        Objects.checkIndex(row, rows);
        Objects.checkIndex(label, labels);
        return values[row * labels + label];
    }

    /** A copy of row {@code row}: {@code [labels]}. */
    public float[] row(int row) {
        Objects.checkIndex(row, rows);
        return Arrays.copyOfRange(values, row * labels, (row + 1) * labels);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scores s && s.rows == rows && s.labels == labels && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + labels) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Scores[rows=" + rows + ", labels=" + labels + "]";
    }
}
