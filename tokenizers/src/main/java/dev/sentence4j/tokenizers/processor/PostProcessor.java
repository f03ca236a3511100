package dev.sentence4j.tokenizers.processor;

import dev.sentence4j.tokenizers.Encoding;

/**
 * The post-processing stage (HF processors/): adds special tokens around one sequence or a pair,
 * sets type ids, and merges the pair into one encoding (overflowing parts included).
 */
public sealed interface PostProcessor
        permits TemplateProcessing, BertProcessing, RobertaProcessing, ByteLevelProcessing, PostProcessorSequence {

    /** How many special tokens {@link #process} adds (truncation leaves room for them). */
    int addedTokens(boolean isPair);

    /**
     * Processes {@code a} and the optional {@code b} (null for a single sequence).
     */
    Encoding process(Encoding a, Encoding b, boolean addSpecialTokens);

    /**
     * The same, given the texts the encodings' offsets index (b's text null for a single
     * sequence): offsets trimming needs them to count in UTF-8 bytes as HF does.
     */
    default Encoding process(Encoding a, Encoding b, boolean addSpecialTokens, String textA, String textB) {
        return process(a, b, addSpecialTokens);
    }
}
