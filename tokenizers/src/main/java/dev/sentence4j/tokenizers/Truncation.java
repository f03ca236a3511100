package dev.sentence4j.tokenizers;

import java.util.Objects;

/**
 * Truncation settings (tokenizer.json {@code truncation}; HF TruncationParams).
 *
 * @param maxLength the maximum number of tokens, special tokens included
 * @param strategy which sequence of a pair loses tokens
 * @param direction which end is cut
 * @param stride how many tokens each overflowing encoding repeats from the previous one
 */
public record Truncation(int maxLength, TruncationStrategy strategy, Direction direction, int stride) {

    public Truncation {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(direction, "direction");
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength must be >= 0, got " + maxLength);
        }
        if (stride < 0) {
            throw new IllegalArgumentException("stride must be >= 0, got " + stride);
        }
    }

    /** Longest-first, from the right, no stride: HF's defaults. */
    public static Truncation of(int maxLength) {
        return new Truncation(maxLength, TruncationStrategy.LONGEST_FIRST, Direction.RIGHT, 0);
    }
}
