package dev.sentence4j.tokenizers.training;

import dev.sentence4j.tokenizers.normalizer.NFKC;
import dev.sentence4j.tokenizers.normalizer.Normalizer;
import dev.sentence4j.tokenizers.pretokenizer.Metaspace;
import dev.sentence4j.tokenizers.pretokenizer.PreTokenizer;

/**
 * The SentencePiece-style pipeline a Unigram model is written with, as HF's
 * SentencePieceUnigramTokenizer builds it: NFKC (SentencePiece's default nmt_nfkc minus its
 * Precompiled charsmap), Metaspace '▁' prepended to every word and split on, the Unigram model
 * with the first special token as unknown, and the Metaspace decoder; no post-processor.
 */
final class UnigramPipeline {

    /** SentencePiece's whitespace symbol, U+2581. */
    static final int REPLACEMENT = '\u2581';

    private UnigramPipeline() {
    }

    static Normalizer normalizer() {
        return new NFKC();
    }

    static PreTokenizer preTokenizer() {
        return new Metaspace(REPLACEMENT, Metaspace.PrependScheme.ALWAYS, true);
    }
}
