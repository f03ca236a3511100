package dev.sentence4j.tokenizers.normalizer;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.unicode.UnicodeNormalization;

/** Unicode normalization form NFC, alignments as in HF (see {@link UnicodeNormalization}). */
public record NFC() implements Normalizer {

    @Override
    public void normalize(NormalizedString s) {
        UnicodeNormalization.apply(s, UnicodeNormalization.Form.NFC);
    }
}
