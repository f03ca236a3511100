package dev.sentence4j.tokenizers;

/** How a pair is truncated (HF TruncationStrategy). */
public enum TruncationStrategy {
    /** Remove from the longer sequence first, until both fit (HF LongestFirst). */
    LONGEST_FIRST,
    /** Remove only from the first sequence (HF OnlyFirst). */
    ONLY_FIRST,
    /** Remove only from the second sequence (HF OnlySecond); an error for a single sequence. */
    ONLY_SECOND
}
