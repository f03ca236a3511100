package dev.sentence4j.tokenizers.normalizer;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.unicode.UnicodeNormalization;

/** Unicode normalization form NFD, alignments as in HF (see {@link UnicodeNormalization}). */
public record NFD() implements Normalizer {

    @Override
    public void normalize(NormalizedString s) {
        UnicodeNormalization.apply(s, UnicodeNormalization.Form.NFD);
    }
}
