package dev.sentence4j.server.backend;

import java.util.List;
import java.util.Objects;

/**
 * The output of one forward pass, rows in input order.
 *
 * @param rows      inputs
 * @param dimension sentence embedding width (after dimensions); 0 for token output
 * @param sentences {@code [rows * dimension]}, or null for token output
 * @param tokens    one matrix per input for token output, else empty
 */
public record EncodedBatch(int rows, int dimension, float[] sentences, List<TokenMatrix> tokens) {
    public EncodedBatch {
        tokens = List.copyOf(tokens);
        if (sentences != null && (long) rows * dimension != sentences.length) {
            throw new IllegalArgumentException("sentences length differs from rows * dimension: "
                    + sentences.length + " != " + rows + " * " + dimension);
        }
        if (sentences == null && tokens.size() != rows) {
            throw new IllegalArgumentException("token matrices differ from rows: " + tokens.size() + " != " + rows);
        }
    }

    public float[] sentence(int row) {
        Objects.requireNonNull(sentences, "this batch holds token embeddings");
        Objects.checkIndex(row, rows);
        return java.util.Arrays.copyOfRange(sentences, row * dimension, (row + 1) * dimension);
    }
}
