package dev.sentence4j.tokenizers;

/** How the padded length is chosen (HF PaddingStrategy). */
public enum PaddingStrategy {
    /** To the longest encoding of the batch. */
    LONGEST,
    /** To a fixed length. */
    FIXED
}
