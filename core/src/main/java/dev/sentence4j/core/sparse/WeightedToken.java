package dev.sentence4j.core.sparse;

/**
 * One active dimension of a sparse vector, named by the tokenizer's vocabulary (ST's
 * SparseEncoder.decode gives {@code (token, weight)} pairs).
 *
 * @param token the vocabulary entry of {@code index} (e.g. "##ing"), or {@code "[index]"} when the
 *              tokenizer has none (a decoder wider than the vocabulary)
 * @param index the dimension, a token id
 * @param value its weight
 */
public record WeightedToken(String token, int index, float value) {
    public WeightedToken {
        java.util.Objects.requireNonNull(token, "token");
    }
}
