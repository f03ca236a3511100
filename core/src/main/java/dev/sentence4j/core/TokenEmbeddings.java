package dev.sentence4j.core;

import java.util.Objects;

/**
 * The token embeddings of one input, without padding: one row per token the model saw,
 * special tokens included (as ST's output_value="token_embeddings").
 *
 * @param tokens the tokens, {@code [length]}
 * @param ids    their ids, {@code [length]}
 * @param data   {@code [length * dimension]}
 */
public record TokenEmbeddings(String[] tokens, int[] ids, int dimension, float[] data) {
    public TokenEmbeddings {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(data, "data");
        if (tokens.length != ids.length) {
            throw new IllegalArgumentException("tokens and ids lengths differ: " + tokens.length + "!=" + ids.length);
        }
        if ((long) tokens.length * dimension != data.length) {
            throw new IllegalArgumentException("data length differs from length * dimension: "
                    + data.length + " != " + tokens.length + " * " + dimension);
        }
    }

    public int length() {
        return tokens.length;
    }

    /** Token {@code i}'s embedding (a copy). */
    public float[] row(int i) {
        Objects.checkIndex(i, tokens.length);
        return java.util.Arrays.copyOfRange(data, i * dimension, (i + 1) * dimension);
    }

    /** As a matrix, one row per token. */
    public Embeddings asEmbeddings() {
        return new Embeddings(tokens.length, dimension, data);
    }

    @Override
    public String toString() {
        return "TokenEmbeddings[length=" + tokens.length + ", dimension=" + dimension + "]";
    }
}
