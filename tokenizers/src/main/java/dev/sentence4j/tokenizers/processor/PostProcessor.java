package dev.sentence4j.tokenizers.processor;

import dev.sentence4j.tokenizers.Encoding;

/**
 * The post-processing stage (HF processors/): adds special tokens around one sequence or a pair,
 * sets type ids, and merges the pair into one encoding (overflowing parts included).
 */
public sealed interface PostProcessor permits TemplateProcessing, BertProcessing, RobertaProcessing {

    /** How many special tokens {@link #process} adds (truncation leaves room for them). */
    int addedTokens(boolean isPair);

    /**
     * Processes {@code a} and the optional {@code b} (null for a single sequence).
     */
    Encoding process(Encoding a, Encoding b, boolean addSpecialTokens);
}
