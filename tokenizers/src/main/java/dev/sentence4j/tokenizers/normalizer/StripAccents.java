package dev.sentence4j.tokenizers.normalizer;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.unicode.CharClasses;

/**
 * Removes nonspacing marks (HF normalizers/strip.rs StripAccents). It does not decompose first:
 * tokenizer.json files put an NFD before it.
 */
public record StripAccents() implements Normalizer {

    @Override
    public void normalize(NormalizedString s) {
        s.filter(c -> !CharClasses.isNonspacingMark(c));
    }
}
