package dev.sentence4j.tokenizers;

/**
 * One token produced by the model for a pre-tokenized piece.
 *
 * @param id the vocabulary id
 * @param value the token string as in the vocabulary
 * @param start first normalized code point of the piece it covers
 * @param end end (exclusive) normalized code point
 */
public record Token(int id, String value, int start, int end) {
}
