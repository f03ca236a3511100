package dev.sentence4j.tokenizers.normalizer;

import dev.sentence4j.tokenizers.NormalizedString;

/**
 * The normalization stage (HF normalizers/): rewrites the text while keeping alignments to the
 * original. One implementation per {@code "type"} of tokenizer.json's {@code normalizer}.
 */
public sealed interface Normalizer
        permits BertNormalizer, Lowercase, NFC, NFD, NFKC, NFKD, StripAccents, Strip, Replace, Prepend,
        NormalizerSequence, Precompiled, ByteLevelNormalizer, Nmt {

    /** Normalizes {@code s} in place. */
    void normalize(NormalizedString s);
}
