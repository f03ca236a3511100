package dev.sentence4j.tokenizers;

/**
 * What a split does with the delimiter (HF SplitDelimiterBehavior). With input
 * {@code the-final--countdown} split on '-':
 * REMOVED {@code the final countdown}; ISOLATED {@code the - final - - countdown};
 * MERGED_WITH_PREVIOUS {@code the- final- - countdown}; MERGED_WITH_NEXT
 * {@code the -final - -countdown}; CONTIGUOUS {@code the - final -- countdown}.
 */
public enum SplitBehavior {
    REMOVED, ISOLATED, MERGED_WITH_PREVIOUS, MERGED_WITH_NEXT, CONTIGUOUS
}
