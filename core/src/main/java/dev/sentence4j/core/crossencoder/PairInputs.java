package dev.sentence4j.core.crossencoder;

import dev.sentence4j.tokenizers.Encoding;
import dev.sentence4j.tokenizers.Tokenizer;
import dev.sentence4j.tokenizers.Truncation;
import java.util.Objects;

/**
 * What a cross-encoder sees for a pair, decided in one place: the pair as HF's tokenizer encodes
 * it ({@code tokenizer(batch, padding=True, truncation=True)} in ST's CrossEncoder.predict):
 * special tokens and type ids from the post-processor, truncation longest-first at max_length,
 * whatever tokenizer.json says about truncation and padding (each batch pads to its own longest
 * input). Unlike a SentenceTransformer, ST's CrossEncoder neither strips nor lower-cases the
 * texts: only the tokenizer's own normalizer runs. Immutable and safe for concurrent callers.
 */
final class PairInputs {
    private final Tokenizer truncating;   // longest-first at maxLength, no padding
    private final Tokenizer untruncated;  // no truncation, no padding
    private final int maxLength;

    PairInputs(Tokenizer tokenizer, int maxLength) {
        Objects.requireNonNull(tokenizer, "tokenizer");
        this.maxLength = maxLength;
        this.truncating = tokenizer.withTruncation(Truncation.of(maxLength)).withPadding(null);
        this.untruncated = tokenizer.withTruncation(null).withPadding(null);
    }

    int maxLength() {
        return maxLength;
    }

    Tokenizer tokenizer() {
        return truncating;
    }

    /**
     * The tokens of {@code pair}: truncated longest-first at max_length when {@code truncate},
     * else whole (a caller that refuses long inputs counts these).
     */
    Encoding encode(TextPair pair, boolean truncate) {
        Objects.requireNonNull(pair, "pair");
        Tokenizer t = truncate ? truncating : untruncated;
        return pair.isSingle() ? t.encode(pair.first()) : t.encodePair(pair.first(), pair.second());
    }
}
